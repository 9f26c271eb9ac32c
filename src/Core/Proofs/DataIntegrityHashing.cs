using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// The hashing step shared by <c>eddsa-rdfc-2022</c> and <c>Ed25519Signature2020</c>:
/// SHA-256 of the canonical proof configuration, followed by SHA-256 of the canonical document.
/// </summary>
internal static class DataIntegrityHashing
{
    public const int HashDataLength = 2 * SHA256.HashSizeInBytes;

    public static byte[] HashCanonical(string canonicalNQuads) => SHA256.HashData(Encoding.UTF8.GetBytes(canonicalNQuads));

    public static byte[] Combine(string canonicalProofConfig, string canonicalDocument) =>
        [.. HashCanonical(canonicalProofConfig), .. HashCanonical(canonicalDocument)];

    public static byte[] ComputeHashData(
        IRdfCanonicalizer canonicalizer, JsonObject proofConfig, JsonObject unsecuredDocument, CancellationToken cancellationToken) =>
        Combine(canonicalizer.Canonicalize(proofConfig, cancellationToken), canonicalizer.Canonicalize(unsecuredDocument, cancellationToken));
}
