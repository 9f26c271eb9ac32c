using System.Net;
using System.Text.RegularExpressions;
using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Host.Definitions;
using Insignia.Host.Demo;
using Insignia.Host.Evaluation;
using Insignia.Host.Tests.Issuer;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Stacking progress: learners holding k of the n credentials a stacked definition needs.</summary>
public sealed partial class StackingInsightsTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    [Fact]
    public async Task Insights_StackOfTwo_LearnersPerHeldCount()
    {
        await SaveAsync("obp101-cuestionario", $$"""{ "completion": { "activity": "{{DemoCourse.Quiz}}", "state": "passed" } }""");
        await SaveAsync("obp101-ruta", """{ "all": [ { "credential": { "definition": "obp101-fundamentos" } }, { "credential": { "definition": "obp101-cuestionario" } } ] }""");
        await _app.Factory.WithScopeAsync(sp => sp.GetRequiredService<CourseEvaluationService>().EvaluateAsync(new CourseContext(DemoCourse.Connection, DemoCourse.CourseId), null, TestContext.Current.CancellationToken));
        await IssuerApp.DrainAsync(_app.App.Services);

        var html = await _app.Driver.GetAsync("/registrar/insights?lang=en");

        // From the demo data: the quiz is passed at 6 of 10; the fundamentals need it and at least 50% on the essay.
        var quiz = DemoCourse.Learners.Where(l => l.QuizAttempts.Any(p => p >= 6)).ToList();
        var both = quiz.Count(l => l.Essay >= 50);
        Assert.Equal([("1/2", (quiz.Count - both).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("2/2", both.ToString(System.Globalization.CultureInfo.InvariantCulture))], StackRows(html));
    }

    private async Task SaveAsync(string id, string rule)
    {
        var definition = CredentialDefinitionReader.Read($$"""
            { "id": "{{id}}", "course": "{{DemoCourse.Connection}}/{{DemoCourse.CourseId}}", "name": "{{id}}", "description": "d", "criteriaNarrative": "n", "rule": {{rule}} }
            """).Value!;
        await _app.Factory.WithScopeAsync(async sp => Assert.True((await sp.GetRequiredService<DefinitionStore>().SaveAsync(definition, null, TestContext.Current.CancellationToken)).IsSaved));
    }

    private static List<(string, string)> StackRows(string html)
    {
        var table = html[html.IndexOf("<table id=\"stack-0-data\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. Row().Matches(table).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value))];
    }

    [GeneratedRegex("<tr><th scope=\"row\">([^<]*)</th><td>([^<]*)</td></tr>")]
    private static partial Regex Row();

    public void Dispose() => _app.Dispose();
}
