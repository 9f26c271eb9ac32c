using System.Text.RegularExpressions;
using Insignia.Host.Demo;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>The instructor and learner pages in a real browser, from the demo LMS's LTI launch onwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CoursePagesBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task InstructorAndLearner_DemoLaunch_DefinePreviewPublishSyncAndSeeWhatIsMissing()
    {
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        await page.GotoAsync("/demo");
        await browser.CheckPageAsync("01-demo");

        await page.GetByRole(AriaRole.Button, new() { Name = "Launch as instructor" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course**");
        Assert.Equal("Course credentials", await page.Locator("h2").First.InnerTextAsync());
        Assert.Equal(1, await page.Locator($"tr[data-definition='{DemoCourse.DefinitionId}']").CountAsync());
        await browser.CheckPageAsync("02-course-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "New credential" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Essay writers");
        await page.GetByLabel("Description").FillAsync("Writes a solid essay on open badges.");
        await page.GetByLabel("Criteria narrative").FillAsync("At least 70% on the essay.");
        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Forum.ToString());
        await page.SelectOptionAsync("#r0\\.kind", "participation");
        var guard = page.Locator("#validation li[data-code='participation_only']");
        await guard.WaitForAsync();
        Assert.Contains("participation alone", await guard.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("03-guard-en");

        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Essay.ToString());
        await page.GetByLabel("Threshold of requirement 1").FillAsync("70");
        await page.SelectOptionAsync("#r0\\.kind", "score");
        await page.Locator("#validation [data-valid='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var expectedQualifying = DemoCourse.Learners.Count(l => l.Essay >= 70);
        Assert.Equal(expectedQualifying.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#preview [data-qualify]").GetAttributeAsync("data-qualify"));
        Assert.Contains("55% of the required 70%", await page.Locator("#preview").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("04-preview-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course?**done=published**");
        var published = page.Locator("tr[data-definition='obp101-essay-writers']");
        Assert.Equal(expectedQualifying.ToString(System.Globalization.CultureInfo.InvariantCulture), await published.Locator("[data-count='met']").InnerTextAsync());

        await host.App.WithScopeAsync(sp => sp.GetRequiredService<InsigniaDbContext>().SyncCursors.ExecuteDeleteAsync(TestContext.Current.CancellationToken)); // re-read everything
        await SyncStates.RecordAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sync now" }).ClickAsync();
        var states = await SyncStates.UntilFinishedAsync(page);
        Assert.Equal(["running", "succeeded"], states.Distinct());
        Assert.Matches(RecordsRead(), await page.Locator("#sync-status").InnerTextAsync());
        await browser.CheckPageAsync("05-synced-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await page.WaitForURLAsync("**lang=es**");
        Assert.Equal("Credenciales del curso", await page.Locator("h2").First.InnerTextAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Sincronizar ahora" }).CountAsync());
        Assert.Equal("es-MX", await page.Locator("html").GetAttributeAsync("lang"));
        await browser.CheckPageAsync("06-course-es");

        await page.GotoAsync("/demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Launch as learner (Carla Martínez)" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/progress**");
        var essay = page.Locator("section[data-definition='obp101-essay-writers']");
        Assert.Equal("NotMet", await essay.Locator("[data-outcome]").First.GetAttributeAsync("data-outcome"));
        Assert.Matches(MissingEssay(), await essay.Locator("ul.missing").InnerTextAsync());
        await browser.CheckPageAsync("07-progress-en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        Assert.Matches(MissingEssaySpanish(), await page.Locator("section[data-definition='obp101-essay-writers'] ul.missing").InnerTextAsync());
        await browser.CheckPageAsync("08-progress-es");
    }

    [GeneratedRegex(@"Last sync succeeded.*: \d+ pages, [1-9][\d,]* records read")]
    private static partial Regex RecordsRead();

    [GeneratedRegex(@"Ensayo.*: 55% of the required 70%")]
    private static partial Regex MissingEssay();

    [GeneratedRegex(@"Ensayo.*: 55 ?% de 70 ?% requerido")]
    private static partial Regex MissingEssaySpanish();
}
