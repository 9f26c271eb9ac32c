namespace Insignia.Host.Lti.Registrations;

/// <summary>Finds platform registrations for launches and records deployments onboarded on the fly.</summary>
internal interface ILtiPlatformDirectory
{
    ValueTask<IReadOnlyList<LtiPlatform>> FindByIssuerAsync(string issuer, CancellationToken cancellationToken);

    ValueTask AddDeploymentAsync(LtiPlatform platform, string deploymentId, CancellationToken cancellationToken);
}
