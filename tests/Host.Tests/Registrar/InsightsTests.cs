using System.Net;
using System.Text.RegularExpressions;
using Insignia.Core.Evidence;
using Insignia.Host.Demo;
using Insignia.Host.Tests.Issuer;
using Insignia.Host.Tests.Web.Course;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The insights pages: accessible SVG charts with data tables, and the numbers behind them.</summary>
public sealed partial class InsightsTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    [Fact]
    public async Task Institution_Charts_AreImagesWithTitleDescriptionAndDataTable()
    {
        var html = await _app.Driver.GetAsync("/registrar/insights?lang=en");

        Assert.Matches("<svg role=\"img\" aria-labelledby=\"funnel-title funnel-desc\"[^>]*><title id=\"funnel-title\">[^<]+</title><desc id=\"funnel-desc\">[^<]+</desc>", html);
        Assert.Contains("<table id=\"funnel-data\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"verifications-data\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Institution_DemoCourse_AttemptedQualifiedIssued()
    {
        await _app.Driver.IssueDemoAsync();

        var html = await _app.Driver.GetAsync("/registrar/insights?lang=en");

        // Attempted: learners with any assessed evidence (essay, quiz or outcome); participation alone does not count.
        var attempted = DemoCourse.Learners.Count(l => l.Essay is not null || l.QuizAttempts.Count > 0 || l.OutcomeLevel is not null);
        var credentials = (await IssuerApp.CredentialsAsync(_app.App.Services)).Count;
        Assert.Equal([attempted.ToString(System.Globalization.CultureInfo.InvariantCulture), credentials.ToString(System.Globalization.CultureInfo.InvariantCulture), credentials.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            DataRow(html, "funnel-data", "Fundamentos de insignias abiertas"));
    }

    [Fact]
    public async Task Institution_CredentialVerifiedTwice_ThisWeekCountsTwo()
    {
        await _app.Driver.IssueDemoAsync();
        var credential = (await IssuerApp.CredentialsAsync(_app.App.Services))[0];
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var content = new StringContent(credential.Json);
            using var verify = await _app.Driver.Client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content, TestContext.Current.CancellationToken);
            verify.EnsureSuccessStatusCode();
        }

        var html = await _app.Driver.GetAsync("/registrar/insights?lang=en");

        var weeks = DataRows(html, "verifications-data");
        Assert.Equal(["2"], weeks[^1].Values);
        Assert.All(weeks[..^1], w => Assert.Equal(["0"], w.Values));
    }

    [Fact]
    public async Task Instructor_CourseInsights_ShownToInstructor()
    {
        using var client = _app.Driver.Client;
        await DemoLaunch.LaunchAsync(client, "instructor");

        var html = await client.GetStringAsync(new Uri("/lti/course/insights?lang=en", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Insights: ", html, StringComparison.Ordinal);
        Assert.NotEmpty(DataRow(html, "funnel-data", "Fundamentos de insignias abiertas"));
    }

    [Fact]
    public async Task Instructor_CourseInsights_LearnerIsForbidden()
    {
        using var client = _app.Driver.Client;
        await DemoLaunch.LaunchAsync(client, "1001");

        using var response = await client.GetAsync(new Uri("/lti/course/insights", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CoursePage_Instructor_LinksToInsights()
    {
        using var client = _app.Driver.Client;

        var page = await DemoLaunch.LaunchAsync(client, "instructor");

        Assert.Contains("id=\"insights\" href=\"/lti/course/insights?lang=", page, StringComparison.Ordinal);
    }

    private static List<string> DataRow(string html, string table, string header) =>
        DataRows(html, table).Single(r => r.Header == header).Values;

    private static List<(string Header, List<string> Values)> DataRows(string html, string table)
    {
        var body = html[html.IndexOf($"<table id=\"{table}\">", StringComparison.Ordinal)..];
        body = body[..body.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. Row().Matches(body).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), Cell().Matches(m.Groups[2].Value).Select(c => c.Groups[1].Value).ToList()))];
    }

    [GeneratedRegex("<tr><th scope=\"row\">([^<]*)</th>(.*?)</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td>([^<]*)</td>")]
    private static partial Regex Cell();

    public void Dispose() => _app.Dispose();
}
