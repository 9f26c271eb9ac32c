using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateDeploymentTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateDeployment_UnknownDeployment_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithLtiClaim("deployment_id", "unregistered-deployment"));

        Assert.Equal(LaunchErrors.UnknownDeployment, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateDeployment_MissingDeployment_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.Without("https://purl.imsglobal.org/spec/lti/claim/deployment_id"));

        Assert.Equal(LaunchErrors.MissingDeployment, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateDeployment_AutoOnboardingRegistration_AcceptsAndRemembersNewDeployment()
    {
        using var auto = new PlatformSimulator("https://auto.example.test", "auto-client", "d-1");
        var added = await host.App.RunCliAsync("platform", "add", "--issuer", auto.Issuer, "--client-id", auto.ClientId, "--auth-url", auto.AuthUrl,
            "--token-url", auto.TokenUrl, "--jwks-url", auto.JwksUrl, "--deployment", "d-1", "--auto-onboard-deployments");
        Assert.Equal(0, added.ExitCode);

        using var response = await host.Driver(auto).LaunchAsync(t => t.WithLtiClaim("deployment_id", "d-2"));
        var list = await host.App.RunCliAsync("platform", "list");

        Assert.Equal((null, true), (await LtiDriver.RejectionCodeAsync(response), list.Output.Contains("\"d-2\"", StringComparison.Ordinal)));
    }
}
