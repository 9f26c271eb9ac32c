using System.Net;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insignia.Host.Tests.Browser;

/// <summary>
/// The host on Kestrel at 127.0.0.1 (a random port, a fresh SQLite file) and Debian's Chromium driven by Playwright.
/// Browsers are never downloaded: Playwright launches /usr/bin/chromium.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public InsigniaAppFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static string ArtifactsPath { get; } = Path.Combine(Insignia.Testing.RepositoryPaths.Root, "tests", "artifacts", "browser");

    public async ValueTask InitializeAsync()
    {
        App.Settings["Insignia:Issuance:Workers"] = "0"; // the pages' "Issue now" issues; no background worker races it
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _playwright = await Playwright.CreateAsync();
        Directory.CreateDirectory(ArtifactsPath);
    }

    /// <summary>A browser with a fresh profile (its own user-data-dir) and the given Accept-Language.</summary>
    public async Task<BrowserSession> OpenAsync(string locale)
    {
        RequireChromium();
        var profile = Directory.CreateTempSubdirectory("insignia-chromium-");
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Locale = locale,
            BaseURL = BaseAddress.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
        });
        context.SetDefaultTimeout(45_000); // generous for a loaded CI machine; a real hang still fails
        return new BrowserSession(context, context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync(), profile);
    }

    /// <summary>Locally the browser tests skip without Chromium; in CI (CI=true, where .ci/run installs it) its absence fails.</summary>
    private static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"CI must provide {ChromiumPath}: .ci/run installs Debian's chromium package.");
        Assert.Skip($"Install Debian's Chromium (apt-get install chromium) to run the browser tests; {ChromiumPath} is missing.");
    }

    public async ValueTask DisposeAsync()
    {
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
