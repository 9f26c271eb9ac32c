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
            return Hash(algorithm, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static string Hash(RdfcHashAlgorithm algorithm, ReadOnlySpan<byte> utf8)
    {
        Span<byte> digest = stackalloc byte[48];
        var written = algorithm == RdfcHashAlgorithm.Sha384 ? SHA384.HashData(utf8, digest) : SHA256.HashData(utf8, digest);
        return Convert.ToHexStringLower(digest[..written]);
    }
}
