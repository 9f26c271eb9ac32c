using System.Globalization;
using Insignia.Host.Demo;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>The registrar's flow in a real browser: bulk approval, sync to the (demo) SIS, reconciliation, insights.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrarBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task Registrar_ApproveSelectedThenSync_ReconciliationShowsThemSynced()
    {
        var pending = await DemoEntriesAsync();
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        await page.GotoAsync($"/registrar?credential={DemoCourse.DefinitionId}&state=pending");
        await browser.CheckPageAsync("20-registrar-en");

        var boxes = page.Locator("#entries input[name='ids']");
        Assert.Equal(pending, await boxes.CountAsync());
        foreach (var box in await boxes.AllAsync())
        {
            await box.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
        await page.WaitForURLAsync("**done=approved**");
        Assert.Equal($"Entries approved: {pending}.", await page.Locator("p.notice").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sync approved to SIS" }).ClickAsync();
        await page.WaitForURLAsync("**done=synced**");
        Assert.Equal($"Sync finished: {pending} sent to the SIS, 0 failed.", await page.Locator("p.notice").InnerTextAsync());
        await browser.CheckPageAsync("21-registrar-synced-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reconciliation" }).ClickAsync();
        await page.WaitForURLAsync("**/registrar/reconciliation**");
        var synced = int.Parse(await page.Locator("tr[data-total='synced'] td").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(synced >= pending, $"{synced} synced in the report, {pending} approved and synced here");
        Assert.Equal(0, await page.Locator("tr[data-kind='needs_withdrawal']").CountAsync());
        await browser.CheckPageAsync("22-reconciliation-en");
    }

    [Fact]
    public async Task Registrar_SpanishPagesAndInsights_NoSeriousAxeViolations()
    {
        await DemoEntriesAsync();
        await using var browser = await host.OpenAsync("es-MX");
        var page = browser.Page;
        await page.GotoAsync("/registrar");
        Assert.Equal("Entradas de historial académico", await page.Locator("h1").InnerTextAsync());
        await browser.CheckPageAsync("23-registrar-es");

        await page.Locator("#entries a", new() { HasText = "Detalle" }).First.ClickAsync();
        await page.WaitForURLAsync("**/registrar/entries/**");
        await browser.CheckPageAsync("24-entry-es");

        await page.GotoAsync("/registrar/insights?lang=es");
        Assert.Equal(2, await page.Locator("#funnel svg[role='img'] title, #verifications svg[role='img'] title").CountAsync());
        await browser.CheckPageAsync("25-insights-es");

        await page.GotoAsync("/registrar/reconciliation?lang=en");
        await browser.CheckPageAsync("26-reconciliation-en");
    }

    /// <summary>Issues what is pending (the browser host runs no background worker); returns how many of the demo course's entries can be approved (pending, credential not revoked).</summary>
    private async Task<int> DemoEntriesAsync()
    {
        await Issuer.IssuerApp.DrainAsync(host.App.Services, "registrar-browser");
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        Assert.True(await db.TranscriptEntries.AnyAsync(t => t.DefinitionId == DemoCourse.DefinitionId, TestContext.Current.CancellationToken), "The demo course's credentials carry credits, so they have transcript entries.");
        return await (from t in db.TranscriptEntries
                      join c in db.Credentials on t.CredentialId equals c.Id
                      where t.DefinitionId == DemoCourse.DefinitionId && t.State == TranscriptEntryState.Pending && c.RevokedAt == null // another test may have revoked one
                      select t).CountAsync(TestContext.Current.CancellationToken);
    }
}
