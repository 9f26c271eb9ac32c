namespace Insignia.Host.Persistence.Entities;

/// <summary>A launch nonce already used for a platform; kept until the token it came in has expired.</summary>
internal sealed class LtiNonceEntity
{
    public required string PlatformName { get; set; }

    public required string Nonce { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
