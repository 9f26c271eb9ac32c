using SimpleBase;

namespace Insignia.Core.Multiformats;

/// <summary>Multibase strings in the one base Data Integrity uses: base58btc, prefix <c>z</c>.</summary>
internal static class Multibase
{
    public const char Base58BtcPrefix = 'z';

    /// <summary>Longest multibase value accepted, so a hostile input cannot make decoding expensive.</summary>
    private const int MaxEncodedLength = 4096;

    public static string EncodeBase58Btc(ReadOnlySpan<byte> bytes) =>
        Base58BtcEncoder.Encode(bytes, "z");

    public static MultibaseDecodeResult DecodeBase58Btc(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return MultibaseDecodeResult.Failure("The multibase value is empty.");
        }

        if (value[0] != Base58BtcPrefix)
        {
            return MultibaseDecodeResult.Failure(
                $"The multibase value starts with '{value[0]}'; only base58btc ('z') is supported.");
        }

        if (value.Length is 1 or > MaxEncodedLength)
        {
            return MultibaseDecodeResult.Failure(
                $"The multibase value has {value.Length - 1} characters after 'z'; expected 1 to {MaxEncodedLength - 1}.");
        }

        var encoded = value.AsSpan(1);
        var buffer = new byte[Base58.Bitcoin.GetSafeByteCountForDecoding(encoded)];
        return Base58.Bitcoin.TryDecode(encoded, buffer, out var written)
            ? MultibaseDecodeResult.Success(buffer[..written])
            : MultibaseDecodeResult.Failure("The multibase value contains characters outside the base58btc alphabet.");
    }
}
