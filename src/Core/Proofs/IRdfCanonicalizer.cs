using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// Turns a JSON-LD document into canonical N-Quads (RDFC-1.0), each line ending in <c>\n</c>. Implementations only
/// read the document: signers pass the caller's credential itself when it has nothing to remove before signing.
/// </summary>
internal interface IRdfCanonicalizer
{
    string Canonicalize(JsonObject document, CancellationToken cancellationToken);

    /// <summary>Writes the SHA-256 of the document's canonical N-Quads (UTF-8) into <paramref name="sha256"/>.</summary>
    void HashCanonical(JsonObject document, Span<byte> sha256, CancellationToken cancellationToken) =>
        DataIntegrityHashing.HashUtf8(Canonicalize(document, cancellationToken), sha256);
}
