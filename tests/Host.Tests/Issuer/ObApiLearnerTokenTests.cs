using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Insignia.Host.Issuer.ObApi;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing.Credentials;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Issuer;

/// <summary>The interim learner token from an LTI session, used against getProfile, getCredentials and discovery.</summary>
public sealed partial class ObApiLearnerTokenTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task Token_WithoutSession_Returns401StatusInfo()
    {
        using var client = Client();

        using var response = await client.PostAsync(new Uri(ObApiConstants.TokenRoute, UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(ObApiFixture.StatusInfoErrors(await ObApiFixture.BodyAsync(response)));
    }

    [Fact]
    public async Task Token_AfterLearnerLaunch_ReadsProfileAndOwnCredentials()
    {
        await IssuerApp.DrainAsync(_app.Services);
        using var client = Client();
        await LaunchAsync(client, "1001");

        using var minted = await client.PostAsync(new Uri(ObApiConstants.TokenRoute, UriKind.Relative), null, TestContext.Current.CancellationToken);
        var token = (await minted.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["access_token"]!);
        var profile = JsonNode.Parse(await client.GetStringAsync(new Uri("/ims/ob/v3p0/profile", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var learnerId = Guid.Parse(((string)profile["id"]!).Replace("urn:uuid:", string.Empty, StringComparison.Ordinal));
        using var credentials = await client.GetAsync(new Uri("/ims/ob/v3p0/credentials", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(("Bearer", 900), ((string?)token["token_type"], (int)token["expires_in"]!));
        Assert.Empty(OpenBadgeSchema.ProfileErrors(profile));
        Assert.Null(profile["name"] ?? profile["email"]);
        var expected = (await IssuerApp.CredentialsAsync(_app.Services)).Count(c => c.LearnerId == learnerId);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), credentials.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task Discovery_Anonymous_DescribesOAuthScopesAndEndpoints()
    {
        var document = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/ims/ob/v3p0/discovery", UriKind.Relative), TestContext.Current.CancellationToken))!;

        var scheme = document["components"]!["securitySchemes"]!["OAuth2ACG"]!;
        var scopes = scheme["flows"]!["authorizationCode"]!["scopes"]!.AsObject().Select(p => p.Key);
        Assert.Equal("oauth2", (string?)scheme["type"]);
        Assert.Equal([ObApiConstants.CredentialReadScope, ObApiConstants.ProfileReadScope], scopes);
        Assert.Equal($"{IssuerApp.BaseUrl}ims/ob/v3p0", (string?)document["servers"]![0]!["url"]);
        Assert.Equal("getCredentials", (string?)document["paths"]!["/credentials"]!["get"]!["operationId"]);
    }

    private HttpClient Client() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    private static async Task LaunchAsync(HttpClient client, string loginHint)
    {
        var ct = TestContext.Current.CancellationToken;
        using var login = await client.GetAsync(new Uri($"/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint={loginHint}&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        var authorize = await client.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await client.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
    }

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    public void Dispose() => _app.Dispose();
}
