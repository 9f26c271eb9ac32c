using System.Security.Cryptography;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>A key that signs VC-JWTs, with the dereferenceable URL written as the JOSE <c>kid</c>. The caller owns the key.</summary>
internal sealed class VcJwtSigningKey
{
    private VcJwtSigningKey(string keyId, string algorithm, Ed25519SigningKey? ed25519, RSA? rsa)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        KeyId = keyId;
        Algorithm = algorithm;
        Ed25519 = ed25519;
        Rsa = rsa;
    }

    public string KeyId { get; }

    public string Algorithm { get; }

    public Ed25519SigningKey? Ed25519 { get; }

    public RSA? Rsa { get; }

    public static VcJwtSigningKey ForEd25519(string keyId, Ed25519SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new VcJwtSigningKey(keyId, VcJwtConstants.EdDSA, key, null);
    }

    /// <exception cref="ArgumentException">The key is shorter than 2048 bits.</exception>
    public static VcJwtSigningKey ForRsa(string keyId, RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.KeySize < JwkReader.MinimumRsaModulusBits)
        {
            throw new ArgumentException($"RS256 keys must have at least {JwkReader.MinimumRsaModulusBits} bits; this one has {key.KeySize}.", nameof(key));
        }

        return new VcJwtSigningKey(keyId, VcJwtConstants.RS256, null, key);
    }
}
