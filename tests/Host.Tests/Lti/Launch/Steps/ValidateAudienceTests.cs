using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateAudienceTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateAudience_WrongAudience_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("aud", "someone-else"));

        Assert.Equal(LaunchErrors.InvalidAudience, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateAudience_SeveralAudiencesWithoutAzp_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("aud", new[] { host.Moodle.ClientId, "another-tool" }));

        Assert.Equal(LaunchErrors.MissingAzp, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateAudience_WrongAzp_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("aud", new[] { host.Moodle.ClientId, "another-tool" }).With("azp", "another-tool"));

        Assert.Equal(LaunchErrors.InvalidAzp, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateAudience_SeveralAudiencesWithMatchingAzp_Accepts()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("aud", new[] { host.Moodle.ClientId, "another-tool" }).With("azp", host.Moodle.ClientId));

        Assert.Null(await LtiDriver.RejectionCodeAsync(response));
    }
}
