using Insignia.Core.Multiformats;
using NSec.Cryptography;

namespace Insignia.Core.Proofs;

/// <summary>An Ed25519 private key (held by libsodium through NSec) that signs proofs and EdDSA JWTs.</summary>
internal sealed class Ed25519SigningKey : IDisposable
{
    public const int SeedLength = 32;

    private readonly Key _key;

    private Ed25519SigningKey(Key key)
    {
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        PublicKeyMultibase = Ed25519Multikey.EncodePublicKey(PublicKey);
    }

    /// <summary>Gets the raw 32-byte public key.</summary>
    public byte[] PublicKey { get; }

    /// <summary>Gets the public key as a Multikey (<c>z6Mk…</c>).</summary>
    public string PublicKeyMultibase { get; }

    /// <summary>Gets the <c>did:key</c> identifier of the public key.</summary>
    public string DidKey => DidKeyResolver.MethodPrefix + PublicKeyMultibase;

    /// <summary>Gets the verification method id of the key in its <c>did:key</c> document.</summary>
    public string DidKeyVerificationMethod => DidKey + "#" + PublicKeyMultibase;

    /// <summary>Creates the key that a 32-byte seed determines (RFC 8032), so tests can sign reproducibly.</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes.</exception>
    public static Ed25519SigningKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"An Ed25519 seed is {SeedLength} bytes, not {seed.Length}.", nameof(seed));
        }

        return new Ed25519SigningKey(Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey));
    }

    /// <summary>Creates a new random key.</summary>
    public static Ed25519SigningKey Generate() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None }));

    public byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(_key, data);

    public void Dispose() => _key.Dispose();
}
