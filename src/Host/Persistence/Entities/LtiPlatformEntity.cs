namespace Insignia.Host.Persistence.Entities;

/// <summary>
/// An LTI 1.3 platform registration: one (issuer, client id) pair. <see cref="Name"/> doubles as the name of the
/// connection that LTI course keys use (<c>{Name}/{context id}</c>).
/// </summary>
internal sealed class LtiPlatformEntity
{
    public required string Name { get; set; }

    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    public required string AuthUrl { get; set; }

    public required string TokenUrl { get; set; }

    public required string JwksUrl { get; set; }

    public bool AutoOnboardDeployments { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<LtiDeploymentEntity> Deployments { get; } = [];
}
