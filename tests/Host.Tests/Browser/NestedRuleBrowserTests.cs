using Insignia.Host.Demo;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>The rule builder in a real browser: a nested, stacked rule is built with the add buttons, published and reopened whole.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NestedRuleBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task DefinitionForm_BuildNestedRulePublishReopen_ShowsTheSameRuleAndSavesUnchanged()
    {
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        await page.GotoAsync("/demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Launch as instructor" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course**");
        await page.GetByRole(AriaRole.Link, new() { Name = "New credential" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Two paths");
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Pass the quiz, then the essay or the base credential.");
        await page.GetByLabel("Criteria narrative").FillAsync("Quiz passed and either 70% on the essay or the base credential.");
        await page.SelectOptionAsync("#r0\\.kind", "passed");
        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Quiz.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Add group", Exact = true }).ClickAsync();
        await page.Locator("#r3\\.combine").WaitForAsync();
        await page.SelectOptionAsync("#r3\\.combine", "any");
        await page.SelectOptionAsync("#r3-0\\.kind", "score");
        await page.SelectOptionAsync("#r3-0\\.activity", DemoCourse.Essay.ToString());
        await page.Locator("#r3-0\\.min").FillAsync("70");
        await page.SelectOptionAsync("#r3-1\\.kind", "credential");
        await page.SelectOptionAsync("#r3-1\\.credential", DemoCourse.DefinitionId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add group (4)" }).ClickAsync();
        await page.Locator("#r3-2\\.combine").WaitForAsync();
        await page.SelectOptionAsync("#r3-2\\.combine", "atLeast");
        await page.Locator("#r3-2\\.count").FillAsync("1");
        await page.SelectOptionAsync("#r3-2-0\\.kind", "mastery");
        await page.SelectOptionAsync("#r3-2-0\\.activity", DemoCourse.Outcome.ToString());
        await page.Locator("#r3-2-0\\.min").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove requirement 4.3.2" }).ClickAsync();
        await page.Locator("#r3-2-1\\.kind").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator("#validation [data-valid='true']").WaitForAsync();
        await browser.CheckPageAsync("10-nested-rule-en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course?**done=published**");
        await page.GotoAsync("/lti/course/definition/obp101-two-paths?lang=en");

        Assert.Equal(
            ["passed", DemoCourse.Quiz.ToString(), "group", "any", "score", "70", "credential", DemoCourse.DefinitionId, "atLeast", "1", "mastery", "3"],
            [
                await page.Locator("#r0\\.kind").InputValueAsync(), await page.Locator("#r0\\.activity").InputValueAsync(),
                await page.Locator("input[name='r1.kind']").InputValueAsync(), await page.Locator("#r1\\.combine").InputValueAsync(),
                await page.Locator("#r1-0\\.kind").InputValueAsync(), await page.Locator("#r1-0\\.min").InputValueAsync(),
                await page.Locator("#r1-1\\.kind").InputValueAsync(), await page.Locator("#r1-1\\.credential").InputValueAsync(),
                await page.Locator("#r1-2\\.combine").InputValueAsync(), await page.Locator("#r1-2\\.count").InputValueAsync(),
                await page.Locator("#r1-2-0\\.kind").InputValueAsync(), await page.Locator("#r1-2-0\\.min").InputValueAsync(),
            ]);
        await browser.CheckPageAsync("11-nested-rule-reopened-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course?**done=unchanged**");
    }
}
