using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Lti.Infrastructure;

/// <summary>One host with two simulated platforms registered (Moodle-like and Canvas-like) and one whose JWKS is down.</summary>
public sealed class LtiHostFixture : IAsyncLifetime
{
    public InsigniaAppFactory App { get; } = new();

    public PlatformSimulator Moodle { get; } = new("https://moodle.example.test", "moodle-client-1", "1");

    public PlatformSimulator Canvas { get; } = new("https://canvas.instructure.com", "10000000000042", "42:8865aa05b4b79b64a91a86042e43af5ea8ae79eb");

    public PlatformSimulator Broken { get; } = new("https://broken.example.test", "broken-client", "1");

    public async ValueTask InitializeAsync()
    {
        App.Settings["Insignia:Lti:JwksMinRefetchInterval"] = "00:00:00";
        foreach (var platform in new[] { Moodle, Canvas, Broken })
        {
            var result = await App.RunCliAsync("platform", "add", "--issuer", platform.Issuer, "--client-id", platform.ClientId, "--auth-url", platform.AuthUrl,
                "--token-url", platform.TokenUrl, "--jwks-url", platform.JwksUrl, "--deployment", platform.DeploymentId);
            Assert.Equal(0, result.ExitCode);
        }

        Broken.FailJwks();
    }

    public LtiDriver Driver(PlatformSimulator platform) => new(App, platform);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Moodle.Dispose();
        Canvas.Dispose();
        Broken.Dispose();
    }
}
