using System.Net;
using System.Text.RegularExpressions;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Launches the tool from the demo LMS as a given user, like the course page tests do.</summary>
internal static partial class LtiLaunch
{
    public static async Task<string> AsAsync(HttpClient client, string loginHint)
    {
        var ct = TestContext.Current.CancellationToken;
        using var login = await client.GetAsync(new Uri($"/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint={loginHint}&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        var authorize = await client.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await client.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        return await client.GetStringAsync(launch.Headers.Location, ct);
    }

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
