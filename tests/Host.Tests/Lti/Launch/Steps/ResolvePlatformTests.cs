using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ResolvePlatformTests(LtiHostFixture host)
{
    [Fact]
    public async Task ResolvePlatform_WrongIssuer_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("iss", "https://evil.example.test"));

        Assert.Equal(LaunchErrors.PlatformMismatch, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ResolvePlatform_MalformedToken_Rejects()
    {
        var driver = host.Driver(host.Moodle);
        var auth = await driver.LoginAsync();

        using var response = await driver.PostLaunchAsync("not-a-jwt", auth["state"]);

        Assert.Equal(LaunchErrors.InvalidToken, await LtiDriver.RejectionCodeAsync(response));
    }
}
