namespace Insignia.Host.Persistence.Entities;

/// <summary>A deployment of the tool on a registered platform (one registration may have many).</summary>
internal sealed class LtiDeploymentEntity
{
    public required string PlatformName { get; set; }

    public required string DeploymentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
