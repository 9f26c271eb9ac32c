using System.Net;
using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>Who reaches /admin: this machine in embedded mode, a token with the admin role once Entra ID is configured.</summary>
public sealed class AdminAccessTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/connections")]
    [InlineData("/admin/lti")]
    [InlineData("/admin/issuer")]
    [InlineData("/admin/mooc")]
    public async Task AdminPage_FromAnotherMachineWithoutEntraId_IsForbiddenProblem(string path)
    {
        _app.RequestsFromLoopback = false;
        using var session = new AdminSession(_app);

        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task AdminPost_FromAnotherMachine_IsForbiddenBeforeAnythingChanges()
    {
        _app.RequestsFromLoopback = false;
        using var session = new AdminSession(_app);

        var (status, _, _) = await session.PostRawAsync("/admin/issuer/rotate", ("algorithm", "ed25519"), ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task AdminPage_WithEntraIdAndNoToken_IsUnauthorizedEvenFromThisMachine()
    {
        using var app = new InsigniaAppFactory();
        app.Settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
        app.Settings["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001";
        app.Settings["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002";
        using var session = new AdminSession(app);

        using var response = await session.Client.GetAsync(new Uri("/admin/connections", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AdminForm_WithoutAntiforgeryToken_IsRefusedWithAPage()
    {
        using var session = new AdminSession(_app);

        var (status, body, _) = await session.PostRawAsync("/admin/connections", ("name", "x"), ("kind", "moodle"), ("baseUrl", "https://moodle.example.edu"), ("token", "t"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("form_expired", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminHome_English_LinksEverySection()
    {
        using var session = new AdminSession(_app);

        var html = await session.GetAsync("/admin?lang=en");

        Assert.All(["/admin/connections?lang=en", "/admin/lti?lang=en", "/admin/issuer?lang=en", "/admin/mooc?lang=en"], link => Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal));
    }
}
