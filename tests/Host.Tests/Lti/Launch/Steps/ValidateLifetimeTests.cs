using Insignia.Host.Lti;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Launch.Steps;
using Insignia.Host.Tests.Lti.Infrastructure;
using Insignia.Testing.Builders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateLifetimeTests(LtiHostFixture host)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ValidateLifetime_Expired_Rejects()
    {
        var now = TimeProvider.System.GetUtcNow();

        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("iat", now.AddMinutes(-15).ToUnixTimeSeconds()).With("exp", now.AddMinutes(-10).ToUnixTimeSeconds()));

        Assert.Equal(LaunchErrors.TokenExpired, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateLifetime_IssuedInTheFutureBeyondSkew_Rejects()
    {
        var now = TimeProvider.System.GetUtcNow();

        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("iat", now.AddMinutes(5).ToUnixTimeSeconds()).With("exp", now.AddMinutes(10).ToUnixTimeSeconds()));

        Assert.Equal(LaunchErrors.TokenNotYetValid, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateLifetime_ExpiredWithinSkew_Accepts()
    {
        var context = ContextWith(Builder().With("exp", Now.AddSeconds(-30).ToUnixTimeSeconds()));

        await Step().ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Null(context.Rejection);
    }

    [Fact]
    public async Task ValidateLifetime_NotBeforeInTheFuture_Rejects()
    {
        var context = ContextWith(Builder().With("nbf", Now.AddMinutes(3).ToUnixTimeSeconds()));

        await Step().ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(LaunchErrors.TokenNotYetValid, context.Rejection?.Code);
    }

    [Fact]
    public async Task ValidateLifetime_MissingExp_Rejects()
    {
        var context = ContextWith(Builder().Without("exp"));

        await Step().ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(LaunchErrors.MissingLifetime, context.Rejection?.Code);
    }

    private static ValidateLifetime Step() => new(Options.Create(new LtiToolOptions()), new FakeTimeProvider(Now));

    private static LaunchTokenBuilder Builder() => new LaunchTokenBuilder("https://p.example", "c", "d", "n", Now).WithAlgorithmNone();

    private static LaunchValidationContext ContextWith(LaunchTokenBuilder builder) =>
        new(new LaunchRequest(null, null, [])) { Token = new JsonWebToken(builder.Build()) };
}
