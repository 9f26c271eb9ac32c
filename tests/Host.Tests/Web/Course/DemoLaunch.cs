using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>A client launched from the demo LMS (a real LTI 1.3 login and launch), with the page's antiforgery token at hand.</summary>
internal static partial class DemoLaunch
{
    public static HttpClient Client(InsigniaAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> LaunchAsync(HttpClient client, string loginHint)
    {
        var ct = TestContext.Current.CancellationToken;
        using var login = await client.GetAsync(new Uri($"/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint={loginHint}&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        var authorize = await client.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await client.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        return await client.GetStringAsync(launch.Headers.Location, ct);
    }

    public static string Csrf(string page) => WebUtility.HtmlDecode(CsrfField().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}
