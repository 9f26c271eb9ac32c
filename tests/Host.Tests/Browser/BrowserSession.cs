using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>One browser (fresh profile) and its page, with the checks every page gets: a screenshot and axe-core.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, DirectoryInfo profile) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Saves a full-page screenshot under tests/artifacts/browser and runs axe-core on the page.</summary>
    public async Task CheckPageAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsPath, name + ".png"), FullPage = true });
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"{name}: axe-core found serious or critical violations:\n{string.Join('\n', serious)}");
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
