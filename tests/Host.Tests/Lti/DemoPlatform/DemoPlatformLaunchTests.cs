using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Lti.DemoPlatform;

/// <summary>The demo LMS's launch buttons perform a real OIDC launch into the tool (no bypass).</summary>
public sealed partial class DemoPlatformLaunchTests : IClassFixture<InsigniaAppFactory>
{
    private readonly HttpClient _browser;

    public DemoPlatformLaunchTests(InsigniaAppFactory app) =>
        _browser = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task DemoPage_Rendered_KeepsDecisionsAndOffersBothLaunches()
    {
        var html = await _browser.GetStringAsync(new Uri("/demo?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(html.Contains("<table>", StringComparison.Ordinal) && html.Contains("Launch as instructor", StringComparison.Ordinal) && html.Contains("Launch as learner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoLaunch_AsLearner_ShowsEarnedCredential()
    {
        var progress = await LaunchAsync("1001");

        Assert.Contains("data-outcome=\"Met\"", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoLaunch_AsInstructor_ShowsCourseCredentials()
    {
        var course = await LaunchAsync("instructor");

        Assert.Contains("demo/OBP101", course, StringComparison.Ordinal);
    }

    private async Task<string> LaunchAsync(string loginHint)
    {
        var ct = TestContext.Current.CancellationToken;
        using var login = await _browser.GetAsync(new Uri($"/lti/login?iss=https%3A%2F%2Fdemo-lms.insignia.invalid&client_id=insignia-demo-tool&login_hint={loginHint}&target_link_uri=%2Flti%2Flaunch", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var authorize = await _browser.GetStringAsync(login.Headers.Location, ct);
        var fields = HiddenField().Matches(authorize).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        using var launch = await _browser.PostAsync(new Uri("/lti/launch", UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        return await _browser.GetStringAsync(launch.Headers.Location, ct);
    }

    [GeneratedRegex("name=\"(id_token|state)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
