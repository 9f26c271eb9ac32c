namespace Insignia.Core.Ports;

/// <summary>An active signing key with its private half, as the key store hands it to a signer.</summary>
/// <param name="Public">The public half.</param>
/// <param name="PrivateKey">Raw 32-byte seed for Ed25519; PKCS#8 DER for RSA. Never logged or persisted unencrypted.</param>
public sealed record SigningKeyPair(PublicSigningKey Public, ReadOnlyMemory<byte> PrivateKey);
