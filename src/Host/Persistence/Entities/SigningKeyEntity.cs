using Insignia.Core.Ports;

namespace Insignia.Host.Persistence.Entities;

/// <summary>A signing key; the private half is encrypted with Data Protection.</summary>
internal sealed class SigningKeyEntity
{
    public required string KeyId { get; set; }

    public required string Owner { get; set; }

    public SigningAlgorithm Algorithm { get; set; }

    public required byte[] PublicKey { get; set; }

    public required string ProtectedPrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
