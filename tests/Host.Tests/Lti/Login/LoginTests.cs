using System.Net;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Insignia.Host.Tests.Lti.Login;

[Collection(LtiHostCollection.Name)]
public sealed class LoginTests(LtiHostFixture host)
{
    [Fact]
    public async Task Login_KnownPlatform_RedirectsWithOidcParameters()
    {
        var query = await host.Driver(host.Moodle).LoginAsync();

        Assert.Equal(
            ("openid", "id_token", "form_post", "none", host.Moodle.ClientId, "hint-123", "https://localhost/lti/launch"),
            (query["scope"], query["response_type"], query["response_mode"], query["prompt"], query["client_id"], query["lti_message_hint"], query["redirect_uri"]));
    }

    [Fact]
    public async Task Login_WithStorageTarget_ServesPlatformStoragePage()
    {
        var url = QueryHelpers.AddQueryString("/lti/login", new Dictionary<string, string?> { ["iss"] = host.Moodle.Issuer, ["login_hint"] = "u", ["target_link_uri"] = "x", ["client_id"] = host.Moodle.ClientId, ["lti_storage_target"] = "_parent" });

        using var response = await host.Driver(host.Moodle).Browser.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, html.Contains("lti.put_data", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_InIframeWithoutStorage_ChecksCookieAndOffersNewWindow()
    {
        var url = QueryHelpers.AddQueryString("/lti/login", new Dictionary<string, string?> { ["iss"] = host.Moodle.Issuer, ["login_hint"] = "u", ["target_link_uri"] = "x", ["client_id"] = host.Moodle.ClientId });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Sec-Fetch-Dest", "iframe");

        using var response = await host.Driver(host.Moodle).Browser.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, true), (response.StatusCode, html.Contains("/lti/login/check", StringComparison.Ordinal) && html.Contains("window.open", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_UnknownIssuer_ShowsErrorPage()
    {
        using var response = await host.Driver(host.Moodle).Browser.GetAsync(new Uri("/lti/login?iss=https%3A%2F%2Fnobody.example&login_hint=u&target_link_uri=x", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(("unknown_platform", HttpStatusCode.BadRequest), (await LtiDriver.RejectionCodeAsync(response), response.StatusCode));
    }

    [Fact]
    public async Task Launch_PlatformStorageTargetWithoutCookie_ServesStorageReadPage()
    {
        var auth = await host.Driver(host.Moodle).LoginAsync();
        var cookieless = host.Driver(host.Moodle);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = host.Moodle.Token(auth["nonce"]).Build(), ["state"] = auth["state"], ["lti_storage_target"] = "_parent" });

        using var response = await cookieless.Browser.PostAsync(new Uri("/lti/launch", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("lti.get_data", html, StringComparison.Ordinal);
    }
}
