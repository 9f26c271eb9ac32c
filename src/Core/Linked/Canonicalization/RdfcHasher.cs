using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Insignia.Core.Linked.Canonicalization;

/// <summary>Hashes UTF-8 text and returns lowercase hex, as RDFC-1.0 hashes are written.</summary>
internal static class RdfcHasher
{
    public static string Hash(RdfcHashAlgorithm algorithm, string text) => Hash(algorithm, text.AsSpan());

    public static string Hash(RdfcHashAlgorithm algorithm, ReadOnlySpan<char> text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            Span<byte> digest = stackalloc byte[48];
            var written = algorithm == RdfcHashAlgorithm.Sha384
                ? SHA384.HashData(rented.AsSpan(0, length), digest)
                : SHA256.HashData(rented.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest[..written]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
