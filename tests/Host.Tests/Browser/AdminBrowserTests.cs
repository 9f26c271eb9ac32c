using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>The admin pages in a real browser (from 127.0.0.1, so the embedded-mode policy lets them through).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task AdminPages_AddConnectionSeeLtiUrlsRotateKey_WorkAndPassAxe()
    {
        await using var browser = await host.OpenAsync("en-US");
        var page = browser.Page;
        await page.GotoAsync("/admin?lang=en");
        await browser.CheckPageAsync("20-admin-home-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Connections" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New connection" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Canvas Campus");
        await page.SelectOptionAsync("#kind", "canvas");
        Assert.True(await page.Locator("fieldset[data-kind='moodle']").IsHiddenAsync());
        await page.GetByLabel("Base URL").FillAsync("canvas.example.edu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        Assert.Equal(3, await page.Locator("[data-error-for]").CountAsync()); // name, base URL and the missing token
        await browser.CheckPageAsync("21-connection-errors-en");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("canvas-campus");
        await page.GetByLabel("Base URL").FillAsync("https://canvas.example.edu");
        await page.Locator("#token").FillAsync("canvas-secret-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/connections?**done=saved**");
        Assert.Equal(1, await page.GetByRole(AriaRole.Cell, new() { Name = "canvas-campus", Exact = true }).CountAsync());
        Assert.DoesNotContain("canvas-secret-token", await page.ContentAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("22-connections-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "LTI registrations" }).ClickAsync();
        Assert.EndsWith("/lti/register", await page.GetByLabel("Dynamic registration URL").InputValueAsync(), StringComparison.Ordinal);
        await browser.CheckPageAsync("23-lti-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Issuer and keys" }).ClickAsync();
        var active = await page.Locator("tr[data-state='active']").CountAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rotate the Ed25519 key" }).ClickAsync();
        await browser.CheckPageAsync("24-rotate-confirm-en");
        await page.GetByLabel("I understand: rotate the key now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rotate", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/issuer?**done=rotated**");
        Assert.Equal((active, 1), (await page.Locator("tr[data-state='active']").CountAsync(), await page.Locator("tr[data-state='retired']").CountAsync()));
        await browser.CheckPageAsync("25-issuer-en");

        await page.GotoAsync("/admin/mooc?lang=es");
        await browser.CheckPageAsync("26-mooc-es");
    }
}
