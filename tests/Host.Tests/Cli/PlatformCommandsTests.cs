using Insignia.Host.Cli;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Cli;

[Collection(LtiHostCollection.Name)]
public sealed class PlatformCommandsTests(LtiHostFixture host)
{
    [Fact]
    public async Task PlatformList_AfterAdd_ShowsRegistrationWithDeployment()
    {
        var result = await host.App.RunCliAsync("platform", "list");

        Assert.True(result.Output.Contains(host.Moodle.Issuer, StringComparison.Ordinal) && result.Output.Contains($"\"{host.Moodle.DeploymentId}\"", StringComparison.Ordinal), result.Output);
    }

    [Fact]
    public async Task PlatformAdd_MissingIssuer_IsUsageError()
    {
        var result = await host.App.RunCliAsync("platform", "add", "--client-id", "c", "--auth-url", "https://a", "--token-url", "https://t", "--jwks-url", "https://j");

        Assert.Equal(CliExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task PlatformAdd_RelativeJwksUrl_IsRefused()
    {
        var result = await host.App.RunCliAsync("platform", "add", "--issuer", "https://x.example", "--client-id", "c", "--auth-url", "https://a", "--token-url", "https://t", "--jwks-url", "jwks");

        Assert.Equal(CliExitCodes.InvalidInput, result.ExitCode);
    }

    [Fact]
    public async Task PlatformAdd_NameOfAnotherRegistration_IsRefused()
    {
        var result = await host.App.RunCliAsync("platform", "add", "--issuer", "https://other.example", "--client-id", "c", "--auth-url", "https://a", "--token-url", "https://t", "--jwks-url", "https://j", "--name", "demo");

        Assert.Equal(CliExitCodes.InvalidInput, result.ExitCode);
    }
}
