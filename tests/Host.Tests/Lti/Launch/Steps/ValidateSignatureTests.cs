using System.Net;
using System.Security.Cryptography;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateSignatureTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateSignature_TamperedPayload_RejectsBadSignature()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithTamperedPayload());

        Assert.Equal(LaunchErrors.BadSignature, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateSignature_SignedByAnotherKeyWithKnownKid_RejectsBadSignature()
    {
        using var other = RSA.Create(2048);

        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.SignedWith(other, host.Moodle.KeyId));

        Assert.Equal(LaunchErrors.BadSignature, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateSignature_AlgNone_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithAlgorithmNone());

        Assert.Equal(LaunchErrors.UnsupportedAlgorithm, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateSignature_Hs256WithPublicKeyAsSecret_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithHmacSecret(host.Moodle.PublicKeyPem()));

        Assert.Equal(LaunchErrors.UnsupportedAlgorithm, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateSignature_UnknownKid_RefetchesJwksOnceThenRejects()
    {
        using var warmUp = await host.Driver(host.Moodle).LaunchAsync();
        var before = host.Moodle.JwksRequests;

        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithKid("no-such-key"));

        Assert.Equal((LaunchErrors.UnknownKey, before + 1), (await LtiDriver.RejectionCodeAsync(response), host.Moodle.JwksRequests));
    }

    [Fact]
    public async Task ValidateSignature_KeyRotatedOnPlatform_RefetchesAndAccepts()
    {
        using var warmUp = await host.Driver(host.Canvas).LaunchAsync();
        using var rotated = RSA.Create(2048);
        var p = rotated.ExportParameters(false);
        host.Canvas.PublishKeys(host.Canvas.Key, host.Canvas.KeyId, new { kty = "RSA", use = "sig", alg = "RS256", kid = "rotated-2", n = PlatformSimulator.B64(p.Modulus!), e = PlatformSimulator.B64(p.Exponent!) });

        using var response = await host.Driver(host.Canvas).LaunchAsync(t => t.SignedWith(rotated, "rotated-2"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task ValidateSignature_KidOfNonRsaKey_RejectsWrongKeyType()
    {
        host.Moodle.PublishKeys(host.Moodle.Key, host.Moodle.KeyId, new { kty = "oct", kid = "hmac-1", k = "c2VjcmV0" });

        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.WithKid("hmac-1"));

        Assert.Equal(LaunchErrors.WrongKeyType, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateSignature_JwksEndpointDown_RejectsWithClearError()
    {
        using var response = await host.Driver(host.Broken).LaunchAsync();
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal((LaunchErrors.JwksUnavailable, true), (await LtiDriver.RejectionCodeAsync(response), html.Contains("HTTP 503", StringComparison.Ordinal)));
    }
}
