namespace Insignia.Core.Multiformats;

/// <summary>
/// Ed25519 keys as Multikey strings: base58btc multibase of a multicodec header and the raw key
/// (<c>ed25519-pub</c> 0xed as varint <c>0xed 0x01</c>; <c>ed25519-priv</c> 0x1300 as varint <c>0x80 0x26</c>).
/// </summary>
internal static class Ed25519Multikey
{
    public const int KeyLength = 32;

    private static ReadOnlySpan<byte> PublicHeader => [0xed, 0x01];

    private static ReadOnlySpan<byte> PrivateHeader => [0x80, 0x26];

    public static string EncodePublicKey(ReadOnlySpan<byte> publicKey) => Encode(PublicHeader, publicKey, "public key");

    public static string EncodePrivateKey(ReadOnlySpan<byte> seed) => Encode(PrivateHeader, seed, "private key seed");

    public static MultibaseDecodeResult DecodePublicKey(string? value) => Decode(value, PublicHeader, "ed25519-pub (0xed01)");

    public static MultibaseDecodeResult DecodePrivateKey(string? value) => Decode(value, PrivateHeader, "ed25519-priv (0x8026)");

    private static string Encode(ReadOnlySpan<byte> header, ReadOnlySpan<byte> key, string what)
    {
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"An Ed25519 {what} is {KeyLength} bytes, not {key.Length}.", nameof(key));
        }

        return Multibase.EncodeBase58Btc([.. header, .. key]);
    }

    private static MultibaseDecodeResult Decode(string? value, ReadOnlySpan<byte> header, string codecName)
    {
        var decoded = Multibase.DecodeBase58Btc(value);
        if (!decoded.Succeeded)
        {
            return decoded;
        }

        var bytes = decoded.Bytes;
        if (bytes.Length < header.Length || !bytes.AsSpan(0, header.Length).SequenceEqual(header))
        {
            return MultibaseDecodeResult.Failure($"The multikey does not start with the {codecName} multicodec header.");
        }

        var keyLength = bytes.Length - header.Length;
        return keyLength == KeyLength
            ? MultibaseDecodeResult.Success(bytes[header.Length..])
            : MultibaseDecodeResult.Failure($"The multikey holds a {keyLength}-byte key; Ed25519 keys are {KeyLength} bytes.");
    }
}
