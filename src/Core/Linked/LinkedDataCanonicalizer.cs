using System.Text.Json.Nodes;

namespace Insignia.Core.Linked;

// Temporary placeholder until the linked-data branch lands its RDFC-1.0 implementation; the merge replaces this file.
internal static class LinkedDataCanonicalizer
{
    internal static string Canonicalize(JsonObject document, CancellationToken cancellationToken) =>
        throw new NotSupportedException("pending linked-data branch");
}
