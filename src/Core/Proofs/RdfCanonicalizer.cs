using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Core.Proofs;

/// <summary>The product canonicalizer: the only caller of <see cref="LinkedDataCanonicalizer"/> in Proofs.</summary>
internal sealed class RdfCanonicalizer : IRdfCanonicalizer
{
    public static RdfCanonicalizer Instance { get; } = new();

    public string Canonicalize(JsonObject document, CancellationToken cancellationToken) =>
        LinkedDataCanonicalizer.Canonicalize(document, cancellationToken);

    /// <summary>Hashes the canonical N-Quads from their UTF-8 form, with no string built.</summary>
    public void HashCanonical(JsonObject document, Span<byte> sha256, CancellationToken cancellationToken) =>
        LinkedDataCanonicalizer.HashCanonical(document, sha256, cancellationToken);
}
