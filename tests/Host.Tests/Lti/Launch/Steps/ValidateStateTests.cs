using Insignia.Host.Lti;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Launch.Steps;
using Insignia.Host.Lti.Login;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateStateTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateState_MissingState_Rejects()
    {
        var driver = host.Driver(host.Moodle);
        var auth = await driver.LoginAsync();

        using var response = await driver.PostLaunchAsync(host.Moodle.Token(auth["nonce"]).Build(), state: null);

        Assert.Equal(LaunchErrors.StateMissing, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateState_StateMismatch_Rejects()
    {
        var driver = host.Driver(host.Moodle);
        var auth = await driver.LoginAsync();

        using var response = await driver.PostLaunchAsync(host.Moodle.Token(auth["nonce"]).Build(), "forged-state-value");

        Assert.Equal(LaunchErrors.StateMismatch, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateState_BrowserWithoutLogin_RejectsAsNotBound()
    {
        var auth = await host.Driver(host.Moodle).LoginAsync();
        var otherBrowser = host.Driver(host.Moodle);

        using var response = await otherBrowser.PostLaunchAsync(host.Moodle.Token(auth["nonce"]).Build(), auth["state"]);

        Assert.Equal(LaunchErrors.StateNotBound, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateState_ExpiredLogin_Rejects()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var protector = new LoginTicketProtector(new EphemeralDataProtectionProvider());
        var ticket = protector.Protect(new LoginTicket("s1", "n1", "https://moodle.example.test", "c1", time.GetUtcNow().AddMinutes(10)));
        time.Advance(TimeSpan.FromMinutes(11));
        var context = new LaunchValidationContext(new LaunchRequest("token", "s1", [ticket]));

        await new ValidateState(protector, time).ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(LaunchErrors.StateExpired, context.Rejection?.Code);
    }
}
