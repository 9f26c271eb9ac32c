using System.Text.RegularExpressions;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Tests.Registrar;

/// <summary>The registrar list's filters and pages over HTTP.</summary>
public sealed partial class TranscriptFilterTests : IDisposable
{
    private readonly RegistrarApp _app = new();

    [Fact]
    public async Task List_StateFilter_OnlyThatState()
    {
        await SyntheticEntries.AddAsync(_app.App, "Ana", "A1");
        var rejected = await SyntheticEntries.AddAsync(_app.App, "Beto", "B2", state: TranscriptEntryState.Rejected);

        var html = await _app.Driver.GetAsync("/registrar?state=rejected");

        Assert.Equal([rejected.CredentialId.ToString()], ListedIds(html));
    }

    [Fact]
    public async Task List_LearnerSearch_MatchesNameCaseInsensitively()
    {
        var ana = await SyntheticEntries.AddAsync(_app.App, "Ana Sofía Núñez", "A1");
        await SyntheticEntries.AddAsync(_app.App, "Beto Ruiz", "B2");

        var html = await _app.Driver.GetAsync("/registrar?learner=ANA%20SOF");

        Assert.Equal([ana.CredentialId.ToString()], ListedIds(html));
    }

    [Fact]
    public async Task List_LearnerSearch_MatchesSisId()
    {
        await SyntheticEntries.AddAsync(_app.App, "Ana", "A-100");
        var beto = await SyntheticEntries.AddAsync(_app.App, "Beto", "B-200");

        var html = await _app.Driver.GetAsync("/registrar?learner=b-2");

        Assert.Equal([beto.CredentialId.ToString()], ListedIds(html));
    }

    [Fact]
    public async Task List_CourseAndCredentialFilters_Combine()
    {
        var wanted = await SyntheticEntries.AddAsync(_app.App, "Ana", "A1", course: "sis/MAT100", definition: "mat100-algebra", credentialName: "Álgebra");
        await SyntheticEntries.AddAsync(_app.App, "Beto", "B2", course: "sis/MAT100", definition: "mat100-calculo", credentialName: "Cálculo");
        await SyntheticEntries.AddAsync(_app.App, "Caro", "C3");

        var html = await _app.Driver.GetAsync("/registrar?course=sis%2FMAT100&credential=mat100-algebra");

        Assert.Equal([wanted.CredentialId.ToString()], ListedIds(html));
    }

    [Fact]
    public async Task List_DateRange_IncludesBothEndDays()
    {
        var first = await SyntheticEntries.AddAsync(_app.App, "Ana", "A1", earned: new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var last = await SyntheticEntries.AddAsync(_app.App, "Beto", "B2", earned: new DateTimeOffset(2026, 2, 28, 23, 59, 0, TimeSpan.Zero));
        await SyntheticEntries.AddAsync(_app.App, "Caro", "C3", earned: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await SyntheticEntries.AddAsync(_app.App, "Dani", "D4", earned: new DateTimeOffset(2026, 1, 31, 23, 59, 0, TimeSpan.Zero));

        var html = await _app.Driver.GetAsync("/registrar?from=2026-02-01&to=2026-02-28");

        Assert.Equal(new[] { first.CredentialId.ToString(), last.CredentialId.ToString() }.Order(), ListedIds(html).Order());
    }

    [Fact]
    public async Task List_BadDateAndState_ExplainedAndIgnored()
    {
        await SyntheticEntries.AddAsync(_app.App, "Ana", "A1");

        var html = await _app.Driver.GetAsync("/registrar?from=31/02/2026&state=lost&lang=en");

        Assert.Contains("is not a date (use YYYY-MM-DD)", html, StringComparison.Ordinal);
        Assert.Contains("Unknown state &#39;lost&#39;", html, StringComparison.Ordinal);
        Assert.Single(ListedIds(html));
    }

    [Fact]
    public async Task List_SixtyEntries_PagesOfFiftyWithNextLink()
    {
        for (var i = 0; i < 60; i++)
        {
            await SyntheticEntries.AddAsync(_app.App, $"Persona {i}", $"S{i:000}", earned: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i));
        }

        var first = await _app.Driver.GetAsync("/registrar?course=sis%2FHIS200");
        var second = await _app.Driver.GetAsync("/registrar?course=sis%2FHIS200&page=2");

        Assert.Equal((50, 10), (ListedIds(first).Count, ListedIds(second).Count));
        Assert.Empty(ListedIds(first).Intersect(ListedIds(second)));
        Assert.Contains("rel=\"next\" href=\"/registrar?course=sis%2FHIS200&amp;page=2", first, StringComparison.Ordinal);
    }

    private static List<string> ListedIds(string html) => [.. EntryRow().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr data-entry=\"([0-9a-f-]{36})\"")]
    private static partial Regex EntryRow();

    public void Dispose() => _app.Dispose();
}
