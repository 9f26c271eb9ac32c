using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Host.Demo;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Web.Course;
using Insignia.Testing.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>
/// A credential from definition to revocation in a real browser, in English and in Spanish: define (the guard refuses
/// participation only), preview, publish, sync, issue now (keyboard), the learner downloads it and shares it, the public
/// page and /verify say valid, the instructor revokes it with a reason, and the public page and /verify say revoked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CredentialLifecycleBrowserTests(BrowserHost host)
{
    [Fact]
    public Task Lifecycle_English_IssueDownloadVerifyRevoke() => RunAsync(LifecycleTexts.English);

    [Fact]
    public Task Lifecycle_Spanish_IssueDownloadVerifyRevoke() => RunAsync(LifecycleTexts.Spanish);

    private async Task RunAsync(LifecycleTexts t)
    {
        var definitionId = DefinitionFormModel.Slug($"{DemoCourse.Connection}/{DemoCourse.CourseId}", t.CredentialName);
        await using var browser = await host.OpenAsync(t.Locale);
        var page = browser.Page;
        await LaunchAsync(page, t.LaunchInstructor, "**/lti/course**");
        await DefineAndPublishAsync(browser, t);
        await SyncAsync(page, t);

        Assert.True(await TabToAsync(page, "#issue-now"), "'Issue now' is not reachable with Tab.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**done=issued**");
        Assert.Contains(t.IssuedNotice, await page.Locator("p.notice").InnerTextAsync(), StringComparison.Ordinal);
        var row = page.Locator($"#issued-credentials tr[data-status='valid']", new() { HasText = "Ana López" }).Filter(new() { HasText = t.CredentialName });
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal(DemoCourse.Learners.Count(l => l.Essay >= 70).ToString(CultureInfo.InvariantCulture), await page.Locator($"tr[data-definition='{definitionId}'] [data-count='issued']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#issued-credentials b").CountAsync());
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-01-course-issued");

        await LaunchAsync(page, t.LaunchAna, "**/lti/progress**");
        var section = page.Locator($"section[data-definition='{definitionId}']");
        Assert.Equal(t.CredentialName, await section.Locator("h2").InnerTextAsync());
        var earned = section.Locator(".earned");
        var credentialId = await earned.GetAttributeAsync("data-credential");
        var download = await page.RunAndWaitForDownloadAsync(() => earned.Locator("a.download").ClickAsync());
        var downloaded = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal($"credential-{credentialId}.json", download.SuggestedFilename);
        await AssertVerifiesAsync(downloaded);
        Assert.True(await TabToAsync(page, $"section[data-definition='{definitionId}'] button.copy"), "'Copy link' is not reachable with Tab.");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(earned.Locator(".copied")).ToHaveTextAsync(t.LinkCopied);
        var clr = await page.RunAndWaitForDownloadAsync(() => page.Locator("#clr-download").ClickAsync());
        var record = await File.ReadAllTextAsync(await clr.PathAsync(), TestContext.Current.CancellationToken);
        await AssertVerifiesAsync(record);
        Assert.Empty(ClrSchema.Errors(JsonNode.Parse(record)!));
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-02-progress");

        var publicPath = new Uri(await earned.Locator("input.share").InputValueAsync()).AbsolutePath + $"?lang={t.Lang}";
        await page.GotoAsync(publicPath);
        Assert.Equal(t.Valid, await page.Locator("main > p").First.InnerTextAsync());
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-03-public-valid");
        await VerifyPageAsync(browser, t, downloaded, verified: true);

        await LaunchAsync(page, t.LaunchInstructor, "**/lti/course**");
        var revokeRow = page.Locator($"tr[data-credential='{credentialId}']");
        await revokeRow.Locator("summary").ClickAsync();
        await revokeRow.Locator("form").EvaluateAsync("form => form.noValidate = true"); // what a browser without validation would send
        await revokeRow.GetByRole(AriaRole.Button, new() { Name = t.RevokeButton }).ClickAsync();
        Assert.Equal(1, await page.Locator("#revoke-error").CountAsync());
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-04-revoke-refused");
        await page.GetByLabel(t.RevokeReason).FillAsync("Plagio <comprobado>");
        await page.Locator("input[name='confirm']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.RevokeButton }).ClickAsync();
        await page.WaitForURLAsync("**done=revoked**");
        Assert.Equal("revoked", await page.Locator($"tr[data-credential='{credentialId}']").GetAttributeAsync("data-status"));
        Assert.Contains("Plagio <comprobado>", await page.Locator($"tr[data-credential='{credentialId}']").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-05-course-revoked");

        await page.GotoAsync(publicPath);
        Assert.Equal(t.Revoked, await page.Locator("main > p").First.InnerTextAsync());
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-06-public-revoked");
        await VerifyPageAsync(browser, t, downloaded, verified: false);
    }

    private static async Task DefineAndPublishAsync(BrowserSession browser, LifecycleTexts t)
    {
        var page = browser.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = t.NewCredential }).ClickAsync();
        await page.GetByLabel(t.Name, new() { Exact = true }).FillAsync(t.CredentialName);
        await page.GetByLabel(t.Description, new() { Exact = true }).FillAsync("70% / essay");
        await page.GetByLabel(t.Narrative).FillAsync("70% / essay");
        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Forum.ToString());
        await page.SelectOptionAsync("#r0\\.kind", "participation");
        await page.Locator("#validation li[data-code='participation_only']").WaitForAsync();
        await page.SelectOptionAsync("#r0\\.activity", DemoCourse.Essay.ToString());
        await page.GetByLabel(t.Threshold).FillAsync("70");
        await page.SelectOptionAsync("#r0\\.kind", "score");
        await page.Locator("#validation [data-valid='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.Preview }).ClickAsync();
        Assert.Equal(
            DemoCourse.Learners.Count(l => l.Essay >= 70).ToString(CultureInfo.InvariantCulture),
            await page.Locator("#preview [data-qualify]").GetAttributeAsync("data-qualify"));
        await page.GetByRole(AriaRole.Button, new() { Name = t.Publish }).ClickAsync();
        await page.WaitForURLAsync("**done=published**");
    }

    private async Task SyncAsync(IPage page, LifecycleTexts t)
    {
        await host.App.WithScopeAsync(sp => sp.GetRequiredService<InsigniaDbContext>().SyncCursors.ExecuteDeleteAsync(TestContext.Current.CancellationToken));
        await SyncStates.RecordAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = t.SyncNow }).ClickAsync();
        Assert.Contains("succeeded", await SyncStates.UntilFinishedAsync(page));
        await page.ReloadAsync();
    }

    private static async Task VerifyPageAsync(BrowserSession browser, LifecycleTexts t, string credential, bool verified)
    {
        var page = browser.Page;
        await page.GotoAsync($"/verify?lang={t.Lang}");
        await page.Locator("#credential").FillAsync(credential);
        await page.GetByRole(AriaRole.Button, new() { Name = t.Verify }).ClickAsync();
        var heading = await page.Locator("main h2").InnerTextAsync();
        var status = await page.Locator("main p").Last.InnerTextAsync();
        Assert.Equal(verified, heading != t.NotVerified);
        Assert.Contains(verified ? t.Valid : t.Revoked, status, StringComparison.Ordinal);
        await browser.CheckPageAsync($"lifecycle-{t.Lang}-verify-{(verified ? "valid" : "revoked")}");
    }

    private async Task AssertVerifiesAsync(string credential)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CredentialVerifier>().VerifyAsync(credential, TestContext.Current.CancellationToken);
        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    private static async Task LaunchAsync(IPage page, string button, string landing)
    {
        await page.GotoAsync("/demo");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForURLAsync(landing);
    }

    private static async Task<bool> TabToAsync(IPage page, string selector)
    {
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return true;
            }
        }

        return false;
    }
}
