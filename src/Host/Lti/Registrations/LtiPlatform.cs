namespace Insignia.Host.Lti.Registrations;

/// <summary>A registered platform: issuer + client id, its endpoints and its known deployments.</summary>
/// <param name="Name">The registration's name; also the connection name in course keys (<c>{Name}/{context id}</c>).</param>
/// <param name="Issuer">The platform's <c>iss</c>.</param>
/// <param name="ClientId">The client id the platform gave this tool.</param>
/// <param name="AuthUrl">The platform's OIDC authorization endpoint.</param>
/// <param name="TokenUrl">The platform's OAuth2 token endpoint (LTI Advantage services).</param>
/// <param name="JwksUrl">Where the platform publishes its signing keys.</param>
internal sealed record LtiPlatform(string Name, string Issuer, string ClientId, string AuthUrl, string TokenUrl, string JwksUrl)
{
    public bool AutoOnboardDeployments { get; init; }

    public IReadOnlySet<string> Deployments { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
