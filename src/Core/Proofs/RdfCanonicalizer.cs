using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Core.Proofs;

/// <summary>The product canonicalizer: the only caller of <see cref="LinkedDataCanonicalizer"/> in Proofs.</summary>
internal sealed class RdfCanonicalizer : IRdfCanonicalizer
{
    public static RdfCanonicalizer Instance { get; } = new();

    public string Canonicalize(JsonObject document, CancellationToken cancellationToken) =>
        LinkedDataCanonicalizer.Canonicalize(document, cancellationToken);
}
