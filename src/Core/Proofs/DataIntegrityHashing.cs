using System.Buffers;
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

    public static byte[] HashCanonical(string canonicalNQuads)
    {
        var hash = new byte[SHA256.HashSizeInBytes];
        HashUtf8(canonicalNQuads, hash);
        return hash;
    }

    public static byte[] Combine(string canonicalProofConfig, string canonicalDocument)
    {
        var hashData = new byte[HashDataLength];
        HashUtf8(canonicalProofConfig, hashData.AsSpan(0, SHA256.HashSizeInBytes));
        HashUtf8(canonicalDocument, hashData.AsSpan(SHA256.HashSizeInBytes));
        return hashData;
    }

    public static byte[] ComputeHashData(
        IRdfCanonicalizer canonicalizer, JsonObject proofConfig, JsonObject unsecuredDocument, CancellationToken cancellationToken)
    {
        var hashData = new byte[HashDataLength];
        canonicalizer.HashCanonical(proofConfig, hashData.AsSpan(0, SHA256.HashSizeInBytes), cancellationToken);
        canonicalizer.HashCanonical(unsecuredDocument, hashData.AsSpan(SHA256.HashSizeInBytes), cancellationToken);
        return hashData;
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, encoded into a pooled buffer rather than a new array.</summary>
    public static void HashUtf8(string text, Span<byte> destination)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
