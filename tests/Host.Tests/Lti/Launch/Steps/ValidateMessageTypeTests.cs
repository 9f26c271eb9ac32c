using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateMessageTypeTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateMessageType_UnsupportedType_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithLtiClaim("message_type", "LtiStartProctoring"));

        Assert.Equal(LaunchErrors.UnsupportedMessageType, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateMessageType_WrongVersion_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithLtiClaim("version", "1.1.0"));

        Assert.Equal(LaunchErrors.UnsupportedVersion, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateMessageType_MissingRoles_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.Without("https://purl.imsglobal.org/spec/lti/claim/roles"));

        Assert.Equal(LaunchErrors.MissingClaim, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateMessageType_DeepLinkingWithoutSettings_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithLtiClaim("message_type", "LtiDeepLinkingRequest"));

        Assert.Equal(LaunchErrors.MissingClaim, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateMessageType_SubmissionReviewWithForUser_Accepts()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithLtiClaim("message_type", "LtiSubmissionReviewRequest").WithLtiClaim("for_user", new Dictionary<string, string> { ["user_id"] = "learner-9" }));

        Assert.Null(await LtiDriver.RejectionCodeAsync(response));
    }
}
