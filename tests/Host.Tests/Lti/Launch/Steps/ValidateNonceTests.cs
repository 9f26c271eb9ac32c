using System.Net;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Launch.Steps;
using Insignia.Host.Lti.Login;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Lti.Infrastructure;
using Insignia.Testing.Builders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Tests.Lti.Launch.Steps;

[Collection(LtiHostCollection.Name)]
public sealed class ValidateNonceTests(LtiHostFixture host)
{
    [Fact]
    public async Task ValidateNonce_ReplayedWithStolenStateCookie_Rejects()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = host.App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var login = await client.GetAsync(new Uri($"/lti/login?iss={Uri.EscapeDataString(host.Moodle.Issuer)}&login_hint=u&target_link_uri=x&client_id={host.Moodle.ClientId}", UriKind.Relative), ct);
        var cookie = login.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var auth = QueryHelpers.ParseQuery(login.Headers.Location!.Query);
        var token = host.Moodle.Token(auth["nonce"].ToString()).Build();

        using var first = await PostAsync(client, cookie, token, auth["state"].ToString());
        using var replay = await PostAsync(client, cookie, token, auth["state"].ToString());

        Assert.Equal((HttpStatusCode.Redirect, LaunchErrors.NonceReused), (first.StatusCode, await LtiDriver.RejectionCodeAsync(replay)));
    }

    [Fact]
    public async Task ValidateNonce_NonceOfAnotherLogin_Rejects()
    {
        using var response = await host.Driver(host.Moodle).LaunchAsync(t => t.With("nonce", "not-the-login-nonce"));

        Assert.Equal(LaunchErrors.NonceMismatch, await LtiDriver.RejectionCodeAsync(response));
    }

    [Fact]
    public async Task ValidateNonce_SameNonceTwiceInStore_SecondRejects()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var step = new ValidateNonce(new MemoryNonceStore(time));
        var first = Context(time);
        var second = Context(time);

        await step.ExecuteAsync(first, TestContext.Current.CancellationToken);
        await step.ExecuteAsync(second, TestContext.Current.CancellationToken);

        Assert.Equal((null, LaunchErrors.NonceReused), (first.Rejection?.Code, second.Rejection?.Code));
    }

    private static LaunchValidationContext Context(TimeProvider time) => new(new LaunchRequest(null, "s", []))
    {
        Ticket = new LoginTicket("s", "nonce-1", "https://p.example", "c", time.GetUtcNow().AddMinutes(10)),
        Token = new JsonWebToken(new LaunchTokenBuilder("https://p.example", "c", "d", "nonce-1", time.GetUtcNow()).WithAlgorithmNone().Build()),
        Platform = new LtiPlatform("p", "https://p.example", "c", "https://p.example/auth", "https://p.example/token", "https://p.example/jwks"),
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string cookie, string token, string state)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/lti/launch", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = token, ["state"] = state }),
        };
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
