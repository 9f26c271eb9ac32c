using NSec.Cryptography;

namespace Insignia.Core.Proofs;

/// <summary>Checks an Ed25519 signature against a raw public key.</summary>
internal static class Ed25519SignatureCheck
{
    public const int SignatureLength = 64;

    /// <returns><see langword="true"/> only when the key is a valid Ed25519 point and the signature matches.</returns>
    public static bool IsValid(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != SignatureLength
            || !NSec.Cryptography.PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
            || key is null)
        {
            return false;
        }

        return SignatureAlgorithm.Ed25519.Verify(key, data, signature);
    }
}
