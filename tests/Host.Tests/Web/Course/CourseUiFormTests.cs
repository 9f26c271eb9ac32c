using System.Net;
using System.Text.RegularExpressions;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The course pages' forms over HTTP: sessions, roles and antiforgery.</summary>
public sealed partial class CourseUiFormTests : IClassFixture<InsigniaAppFactory>
{
    private readonly InsigniaAppFactory _app;

    public CourseUiFormTests(InsigniaAppFactory app) => _app = app;

    [Fact]
    public async Task Evaluate_WithoutSession_Returns401()
    {
        using var client = Client();

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_InstructorWithoutAntiforgeryToken_IsRefused()
    {
        using var client = Client();
        await LaunchAsync(client, "instructor");

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("form_expired", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_InstructorWithTokenFromPage_Redirects()
    {
        using var client = Client();
        var page = await LaunchAsync(client, "instructor");
        var token = WebUtility.HtmlDecode(CsrfField().Match(page).Groups[1].Value);

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate?lang=en", UriKind.Relative), new FormUrlEncodedContent([new("__csrf", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/lti/course?done=evaluated&lang=en", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DefinitionForm_ExistingDemoDefinition_ShowsItsFieldsAndRule()
    {
        using var client = Client();
        await LaunchAsync(client, "instructor");

        var html = await client.GetStringAsync(new Uri("/lti/course/definition/obp101-fundamentos?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("value=\"Fundamentos de insignias abiertas\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"passed\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"demo:quiz:2\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"P2Y\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_LaunchedInEnglish_StaysEnglishWhateverTheBrowserSendsLater()
    {
        using var client = Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        await LaunchAsync(client, "instructor");
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX");

        var html = await client.GetStringAsync(new Uri("/lti/course", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<h2>Course credentials</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_Learner_IsForbidden()
    {
        using var client = Client();
        await LaunchAsync(client, "1001");

        using var response = await client.GetAsync(new Uri("/lti/course", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private HttpClient Client() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<string> LaunchAsync(HttpClient client, string loginHint)
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

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}
