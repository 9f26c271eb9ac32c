namespace Insignia.Core.Ports;

/// <summary>The public half of a signing key, published so that anything it signed can be verified.</summary>
/// <param name="KeyId">The key's identifier, unique per owner.</param>
/// <param name="Algorithm">The key type.</param>
/// <param name="PublicKey">Raw 32 bytes for Ed25519; DER SubjectPublicKeyInfo for RSA.</param>
/// <param name="CreatedAt">When the key was generated.</param>
public sealed record PublicSigningKey(string KeyId, SigningAlgorithm Algorithm, ReadOnlyMemory<byte> PublicKey, DateTimeOffset CreatedAt)
{
    /// <summary>Gets when the key stopped signing (a newer key took over), or <see langword="null"/> while active.</summary>
    public DateTimeOffset? RetiredAt { get; init; }
}
