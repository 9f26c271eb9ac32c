using System.Security.Cryptography;

namespace Insignia.Core.Proofs;

/// <summary>A public key read from a verification method.</summary>
/// <param name="KeyType">The key kind.</param>
/// <param name="Ed25519PublicKey">The raw 32-byte key when <paramref name="KeyType"/> is Ed25519.</param>
/// <param name="RsaParameters">Modulus and exponent when <paramref name="KeyType"/> is RSA.</param>
internal sealed record VerificationKey(VerificationKeyType KeyType, ReadOnlyMemory<byte> Ed25519PublicKey, RSAParameters RsaParameters)
{
    public static VerificationKey ForEd25519(byte[] publicKey) => new(VerificationKeyType.Ed25519, publicKey, default);

    public static VerificationKey ForRsa(RSAParameters parameters) => new(VerificationKeyType.Rsa, ReadOnlyMemory<byte>.Empty, parameters);
}
