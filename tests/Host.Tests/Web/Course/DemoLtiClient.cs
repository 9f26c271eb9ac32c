using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>An HTTP client with cookies that launches from the demo LMS (as instructor or a learner) and posts the pages' forms.</summary>
internal sealed partial class DemoLtiClient : IDisposable
{
    private DemoLtiClient(HttpClient client) => Http = client;

    public HttpClient Http { get; }

    /// <summary>The page the launch landed on.</summary>
    public string LandingPage { get; private set; } = string.Empty;

    public static async Task<DemoLtiClient> LaunchAsync(InsigniaAppFactory app, string loginHint)
    {
        var client = new DemoLtiClient(app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));
        var ct = TestContext.Current.CancellationToken;
        using var login = await client.Http.GetAsync(new Uri($"/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint={loginHint}&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        var authorize = await client.Http.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await client.Http.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        client.LandingPage = await client.Http.GetStringAsync(launch.Headers.Location, ct);
        return client;
    }

    public Task<string> GetStringAsync(string path) => Http.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Posts a form with the antiforgery token of <paramref name="page"/> (the landing page when null).</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? page = null)
    {
        var token = CsrfField().Match(page ?? LandingPage);
        var all = token.Success ? fields.Append(new("__csrf", WebUtility.HtmlDecode(token.Groups[1].Value))) : fields;
        return Http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}
