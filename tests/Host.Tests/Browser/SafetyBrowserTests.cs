using Insignia.Host.Demo;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>HTML encoding and keyboard operation of the course pages in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SafetyBrowserTests(BrowserHost host)
{
    private const string ScriptName = "<script>alert(1)</script>";

    [Fact]
    public async Task CoursePage_DefinitionNamedLikeScript_RendersAsTextAndRunsNothing()
    {
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await LaunchInstructorAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "New credential" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync(ScriptName);
        await page.GetByLabel("Description").FillAsync("<b>bold?</b>");
        await page.GetByLabel("Criteria narrative").FillAsync("<img src=x onerror=alert(2)>");
        await page.SelectOptionAsync("#r0\\.kind", "passed");
        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Quiz.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.WaitForURLAsync("**done=published**");

        var row = page.Locator("#definitions tr", new() { HasText = ScriptName });
        Assert.Equal(ScriptName, await row.Locator("a").InnerTextAsync());
        Assert.Contains("<img src=x onerror=alert(2)>", await row.Locator("small").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main script:not([src])").CountAsync());
        Assert.Equal(0, dialogs);
        await browser.CheckPageAsync("10-escaped-name");
    }

    [Fact]
    public async Task CoursePage_KeyboardOnly_ReachesNewCredentialAndSyncs()
    {
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        await LaunchInstructorAsync(page);

        Assert.True(await TabToAsync(page, "New credential"), "The 'New credential' link is not reachable with Tab.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/lti/course/definition**");
        await page.GetByRole(AriaRole.Link, new() { Name = "← Back to the course" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/lti/course?**");

        Assert.True(await TabToAsync(page, "Sync now"), "The 'Sync now' button is not reachable with Tab.");
        await SyncStates.RecordAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(["running", "succeeded"], (await SyncStates.UntilFinishedAsync(page)).Distinct());
    }

    private static async Task LaunchInstructorAsync(IPage page)
    {
        await page.GotoAsync("/demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Launch as instructor" }).ClickAsync();
        await page.WaitForURLAsync("**/lti/course**");
    }

    private static async Task<bool> TabToAsync(IPage page, string name)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.textContent.trim() : ''");
            if (focused == name)
            {
                return true;
            }
        }

        return false;
    }
}
