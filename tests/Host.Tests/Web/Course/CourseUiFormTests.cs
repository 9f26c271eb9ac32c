using System.Net;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web.Course;

/// <summary>The course pages' forms over HTTP: sessions, roles and antiforgery.</summary>
public sealed class CourseUiFormTests : IClassFixture<InsigniaAppFactory>
{
    private readonly InsigniaAppFactory _app;

    public CourseUiFormTests(InsigniaAppFactory app) => _app = app;

    [Fact]
    public async Task Evaluate_WithoutSession_Returns401()
    {
        using var client = DemoLaunch.Client(_app);

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Evaluate_InstructorWithoutAntiforgeryToken_IsRefused()
    {
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "instructor");

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("form_expired", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_InstructorWithTokenFromPage_Redirects()
    {
        using var client = DemoLaunch.Client(_app);
        var page = await DemoLaunch.LaunchAsync(client, "instructor");
        var token = DemoLaunch.Csrf(page);

        using var response = await client.PostAsync(new Uri("/lti/course/evaluate?lang=en", UriKind.Relative), new FormUrlEncodedContent([new("__csrf", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/lti/course?done=evaluated&lang=en", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DefinitionForm_ExistingDemoDefinition_ShowsItsFieldsAndRule()
    {
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "instructor");

        var html = await client.GetStringAsync(new Uri("/lti/course/definition/obp101-fundamentos?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("value=\"Fundamentos de insignias abiertas\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"passed\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"demo:quiz:2\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"P2Y\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_LaunchedInEnglish_StaysEnglishWhateverTheBrowserSendsLater()
    {
        using var client = DemoLaunch.Client(_app);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        await DemoLaunch.LaunchAsync(client, "instructor");
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX");

        var html = await client.GetStringAsync(new Uri("/lti/course", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<h2>Course credentials</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoursePage_Learner_IsForbidden()
    {
        using var client = DemoLaunch.Client(_app);
        await DemoLaunch.LaunchAsync(client, "1001");

        using var response = await client.GetAsync(new Uri("/lti/course", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
