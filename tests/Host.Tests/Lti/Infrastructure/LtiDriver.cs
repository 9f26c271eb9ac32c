using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing.Builders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Insignia.Host.Tests.Lti.Infrastructure;

/// <summary>A browser doing the OIDC round trip through the host over HTTP: login, platform authorization (simulated), launch.</summary>
public sealed partial class LtiDriver(InsigniaAppFactory app, PlatformSimulator platform)
{
    public HttpClient Browser { get; } = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Starts a login and returns the authorization request's query (state, nonce, redirect_uri…).</summary>
    public async Task<Dictionary<string, string>> LoginAsync(string loginHint = "user-42")
    {
        var url = QueryHelpers.AddQueryString("/lti/login", new Dictionary<string, string?>
        {
            ["iss"] = platform.Issuer,
            ["login_hint"] = loginHint,
            ["target_link_uri"] = "https://localhost/lti/launch",
            ["client_id"] = platform.ClientId,
            ["lti_deployment_id"] = platform.DeploymentId,
            ["lti_message_hint"] = "hint-123",
        });
        using var response = await Browser.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    public Task<HttpResponseMessage> PostLaunchAsync(string idToken, string? state) =>
        Browser.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token"] = idToken,
            ["state"] = state ?? string.Empty,
        }), TestContext.Current.CancellationToken);

    /// <summary>Logs in, lets the test shape the token, and posts it back as the platform would.</summary>
    public async Task<HttpResponseMessage> LaunchAsync(Func<LaunchTokenBuilder, LaunchTokenBuilder>? shape = null)
    {
        var auth = await LoginAsync();
        var token = (shape ?? (b => b))(platform.Token(auth["nonce"])).Build();
        return await PostLaunchAsync(token, auth["state"]);
    }

    public static async Task<string?> RejectionCodeAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = DataCode().Match(html);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("data-code=\"([a-z_]+)\"")]
    private static partial Regex DataCode();
}
