using System.Net;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>/admin/lti over HTTP: the tool URLs, adding and editing a registration, bad input.</summary>
public sealed class AdminLtiTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();
    private readonly AdminSession _session;

    public AdminLtiTests() => _session = new AdminSession(_app);

    public void Dispose()
    {
        _session.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task List_ShowsDynamicRegistrationAndToolUrlsOfThisHost()
    {
        var html = await _session.GetAsync("/admin/lti?lang=en");

        Assert.All(["/lti/register", "/lti/login", "/lti/launch", "/.well-known/jwks.json"], path => Assert.Contains($"value=\"https://localhost{path}\"", html, StringComparison.Ordinal));
        Assert.Contains("demo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Valid_SavesPlatformWithDeploymentsAndItsConnection()
    {
        var (status, _, _) = await AddAsync("moodle-campus", "https://moodle.example.edu.mx/mod/lti/auth.php", "d1\r\nd2\r\n");

        Assert.Equal(HttpStatusCode.Redirect, status);
        var platform = await FindAsync("moodle-campus");
        Assert.Equal(["d1", "d2"], platform!.Deployments.Order(StringComparer.Ordinal));
        Assert.Contains("moodle-campus", await _session.GetAsync("/admin/connections?lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadUrlsAndNoClientId_Is422WithFieldErrors()
    {
        var (status, body, _) = await _session.PostAsync("/admin/lti/new?lang=en", "/admin/lti?lang=en",
            ("issuer", "moodle"), ("clientId", string.Empty), ("authUrl", "ftp://x"), ("tokenUrl", "https://m.example/token"), ("jwksUrl", "https://m.example/jwks"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.All(["issuer", "clientId", "authUrl"], field => Assert.Contains($"data-error-for=\"{field}\"", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_FewerDeploymentsAndNewAuthUrl_RemovesTheMissingDeployment()
    {
        await AddAsync("moodle-campus", "https://moodle.example.edu.mx/mod/lti/auth.php", "d1\nd2");

        var (status, _, _) = await _session.PostAsync("/admin/lti/moodle-campus?lang=en", "/admin/lti/moodle-campus?lang=en",
            ("authUrl", "https://moodle.example.edu.mx/auth2.php"), ("tokenUrl", "https://moodle.example.edu.mx/mod/lti/token.php"), ("jwksUrl", "https://moodle.example.edu.mx/mod/lti/certs.php"), ("deployments", "d2"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var platform = await FindAsync("moodle-campus");
        Assert.Equal(("https://moodle.example.edu.mx/auth2.php", "d2"), (platform!.AuthUrl, Assert.Single(platform.Deployments)));
    }

    [Fact]
    public async Task Edit_UnknownRegistration_Is404()
    {
        using var response = await _session.Client.GetAsync(new Uri("/admin/lti/nowhere", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<(HttpStatusCode Status, string Body, string? Location)> AddAsync(string name, string authUrl, string deployments) =>
        _session.PostAsync("/admin/lti/new?lang=en", "/admin/lti?lang=en", ("name", name), ("issuer", "https://moodle.example.edu.mx"), ("clientId", "abc123"),
            ("authUrl", authUrl), ("tokenUrl", "https://moodle.example.edu.mx/mod/lti/token.php"), ("jwksUrl", "https://moodle.example.edu.mx/mod/lti/certs.php"), ("deployments", deployments));

    private async Task<LtiPlatform?> FindAsync(string name)
    {
        LtiPlatform? platform = null;
        await _app.WithScopeAsync(async sp => platform = await sp.GetRequiredService<LtiPlatformStore>().FindByNameAsync(name, TestContext.Current.CancellationToken));
        return platform;
    }
}
