using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Insignia.Core.Ports;

namespace Insignia.Core.Proofs;

/// <summary>Turns keys from the <see cref="IKeyStore"/> into signers and into the verification methods that publish them.</summary>
internal static class StoredSigningKeys
{
    /// <exception cref="ArgumentException">The key is not an Ed25519 key with a 32-byte seed.</exception>
    public static Ed25519SigningKey ToEd25519SigningKey(SigningKeyPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        Require(pair.Public, SigningAlgorithm.Ed25519);
        return Ed25519SigningKey.FromSeed(pair.PrivateKey.Span);
    }

    /// <summary>Imports an RSA key from its PKCS#8 DER; the caller disposes it.</summary>
    /// <exception cref="ArgumentException">The key is not an RSA key.</exception>
    /// <exception cref="CryptographicException">The PKCS#8 data is corrupt.</exception>
    public static RSA ToRsa(SigningKeyPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        Require(pair.Public, SigningAlgorithm.Rsa);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pair.PrivateKey.Span, out _);
        return rsa;
    }

    /// <summary>The verification method that publishes a stored public key under a controller (issuer or did:web).</summary>
    public static JsonObject VerificationMethod(string id, string controller, PublicSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Algorithm == SigningAlgorithm.Ed25519)
        {
            return ControllerDocumentBuilder.Multikey(id, controller, key.PublicKey.Span);
        }

        Require(key, SigningAlgorithm.Rsa);
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(key.PublicKey.Span, out _);
        return ControllerDocumentBuilder.RsaJsonWebKey(id, controller, rsa.ExportParameters(false));
    }

    private static void Require(PublicSigningKey key, SigningAlgorithm algorithm)
    {
        if (key.Algorithm != algorithm)
        {
            throw new ArgumentException($"Key '{key.KeyId}' is {key.Algorithm}; {algorithm} is needed here.", nameof(key));
        }
    }
}
