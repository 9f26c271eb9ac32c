using System.Buffers.Text;
using System.IO.Compression;

namespace Insignia.Core.Status;

/// <summary>
/// The bitstring behind a W3C Bitstring Status List <c>encodedList</c>: multibase base64url (prefix <c>u</c>, no
/// padding) of the GZIP-compressed bits, index 0 being the most significant bit of the first byte.
/// </summary>
internal static class BitstringStatusList
{
    /// <summary>The smallest list the spec allows (16 KiB of bits), which is what gives holders herd privacy.</summary>
    public const int MinimumBits = 131_072;

    /// <summary>The largest decompressed list accepted, so a small hostile GZIP cannot expand without bound.</summary>
    public const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>Decodes an <c>encodedList</c>; returns a problem a person can act on instead of throwing.</summary>
    public static (byte[]? Bits, string? Problem) Decode(string? encodedList)
    {
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != 'u')
        {
            return (null, "encodedList must be multibase base64url: a 'u' followed by base64url text.");
        }

        var text = encodedList.AsSpan(1);
        var compressed = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, compressed, out var written))
        {
            return (null, "encodedList is not valid base64url after its 'u' prefix.");
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, 0, written), CompressionMode.Decompress);
            using var bits = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (bits.Length + read > MaximumBytes)
                {
                    return (null, $"encodedList expands beyond {MaximumBytes / (1024 * 1024)} MiB; refusing it.");
                }

                bits.Write(buffer, 0, read);
            }

            return bits.Length * 8 < MinimumBits
                ? (null, $"The status list has {bits.Length * 8} entries; the Bitstring Status List spec requires at least {MinimumBits}.")
                : (bits.ToArray(), null);
        }
        catch (InvalidDataException)
        {
            return (null, "encodedList is not GZIP-compressed data.");
        }
    }

    /// <summary>Reads the status of <paramref name="index"/> (<paramref name="statusSize"/> bits, most significant first).</summary>
    /// <returns>The status value, or <see langword="null"/> when the entry lies outside the list.</returns>
    public static int? Read(byte[] bits, long index, int statusSize = 1)
    {
        ArgumentNullException.ThrowIfNull(bits);
        if (index < 0 || statusSize is < 1 or > 8 || (index + 1) * statusSize > (long)bits.Length * 8)
        {
            return null;
        }

        var value = 0;
        for (var bit = index * statusSize; bit < (index + 1) * statusSize; bit++)
        {
            value = (value << 1) | ((bits[bit / 8] >> (7 - (int)(bit % 8))) & 1);
        }

        return value;
    }
}
