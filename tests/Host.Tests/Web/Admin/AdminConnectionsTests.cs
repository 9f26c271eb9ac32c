using System.Net;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>/admin/connections over HTTP: add, edit, test against a simulated Moodle, remove, and bad input.</summary>
public sealed class AdminConnectionsTests : IDisposable
{
    private const string Token = "moodle-token-5f3a9c";
    private readonly InsigniaAppFactory _app = new();
    private readonly AdminSession _session;

    public AdminConnectionsTests() => _session = new AdminSession(_app);

    public void Dispose()
    {
        _session.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Create_Valid_StoresTheTokenEncryptedAndNeverShowsIt()
    {
        var (status, _, location) = await AddAsync("moodle-campus", "https://moodle.example.edu.mx");

        Assert.Equal((HttpStatusCode.Redirect, "/admin/connections?done=saved&lang=en"), (status, location));
        var list = await _session.GetAsync("/admin/connections?lang=en");
        Assert.Contains("moodle-campus", list, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, list, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, await _session.GetAsync("/admin/connections/moodle-campus?lang=en"), StringComparison.Ordinal);
        await _app.WithScopeAsync(async sp =>
        {
            var connection = await sp.GetRequiredService<ConnectionStore>().FindAsync("moodle-campus", TestContext.Current.CancellationToken);
            Assert.Equal(Token, await sp.GetRequiredService<ISecretStore>().GetAsync(connection!.SecretReference!, TestContext.Current.CancellationToken));
            Assert.DoesNotContain(await sp.GetRequiredService<InsigniaDbContext>().Secrets.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken), s => s.ProtectedValue.Contains(Token, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Create_BadNameUrlAndNoToken_Is422WithAnErrorNextToEachField()
    {
        var (status, body, _) = await _session.PostAsync("/admin/connections/new?lang=en", "/admin/connections?lang=en",
            ("name", "Campus Moodle!"), ("kind", "moodle"), ("baseUrl", "moodle.example"), ("token", string.Empty));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.All(["name", "baseUrl", "token"], field => Assert.Contains($"data-error-for=\"{field}\"", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_UnknownKindAndNameTaken_Is422NotServerError()
    {
        var (status, body, _) = await _session.PostAsync("/admin/connections/new?lang=en", "/admin/connections?lang=en",
            ("name", "demo"), ("kind", "blackboard"), ("baseUrl", "https://x.example"), ("token", "t"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("A connection with that name already exists.", body, StringComparison.Ordinal);
        Assert.Contains("data-error-for=\"kind\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_EmptyToken_KeepsTheStoredSecretAndChangesTheUrl()
    {
        await AddAsync("moodle-campus", "https://moodle.example.edu.mx");

        var (status, _, _) = await _session.PostAsync("/admin/connections/moodle-campus?lang=en", "/admin/connections/moodle-campus?lang=en",
            ("kind", "moodle"), ("baseUrl", "https://aulas.example.edu.mx"), ("token", string.Empty), ("setting.service", "insignia"));

        Assert.Equal(HttpStatusCode.Redirect, status);
        await _app.WithScopeAsync(async sp =>
        {
            var connection = await sp.GetRequiredService<ConnectionStore>().FindAsync("moodle-campus", TestContext.Current.CancellationToken);
            Assert.Equal(("https://aulas.example.edu.mx/", "insignia"), (connection!.BaseUrl.AbsoluteUri, connection.Settings["service"]));
            Assert.Equal(Token, await sp.GetRequiredService<ISecretStore>().GetAsync(connection.SecretReference!, TestContext.Current.CancellationToken));
        });
    }

    [Fact]
    public async Task Test_MoodleSimulator_ShowsSiteAndCapabilityReport()
    {
        using var moodle = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        moodle.Given(Request.Create().WithPath("/webservice/rest/server.php"))
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(File.ReadAllText(RepositoryPaths.SharedPath("fixtures", "moodle-4.3", "core_webservice_get_site_info.json"))));
        await AddAsync("moodle-sim", moodle.Urls[0]);

        var (status, body, _) = await _session.PostAsync("/admin/connections?lang=en", "/admin/connections/moodle-sim/test?lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("data-probe=\"(ok|degraded)\"", body);
        var site = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryPaths.SharedPath("fixtures", "moodle-4.3", "core_webservice_get_site_info.json")))!;
        Assert.Contains(System.Net.WebUtility.HtmlEncode((string?)site["sitename"] ?? "?"), body, StringComparison.Ordinal);
        Assert.Contains("mod_assign_get_grades", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_NothingListening_ShowsAnActionableErrorNot500()
    {
        await AddAsync("moodle-down", "http://127.0.0.1:9");

        var (status, body, _) = await _session.PostAsync("/admin/connections?lang=en", "/admin/connections/moodle-down/test?lang=en");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("data-probe=\"(failed|unreachable)\"", body);
    }

    [Fact]
    public async Task Remove_DemoConnectionWithDefinitions_Is409WithTheReason()
    {
        var (status, body, _) = await _session.PostAsync("/admin/connections?lang=en", "/admin/connections/demo/remove?lang=en");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("credentials of its courses", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_UnusedConnection_DeletesItAndItsSecret()
    {
        await AddAsync("canvas-old", "https://canvas.example.edu");

        var (status, _, _) = await _session.PostAsync("/admin/connections?lang=en", "/admin/connections/canvas-old/remove?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, status);
        await _app.WithScopeAsync(async sp =>
        {
            Assert.Null(await sp.GetRequiredService<ConnectionStore>().FindAsync("canvas-old", TestContext.Current.CancellationToken));
            Assert.Null(await sp.GetRequiredService<ISecretStore>().GetAsync("connection:canvas-old", TestContext.Current.CancellationToken));
        });
    }

    [Fact]
    public async Task Remove_UnknownConnection_Is404Page()
    {
        var (status, _, _) = await _session.PostAsync("/admin/connections?lang=en", "/admin/connections/nowhere/remove?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task<(HttpStatusCode Status, string Body, string? Location)> AddAsync(string name, string baseUrl) =>
        _session.PostAsync("/admin/connections/new?lang=en", "/admin/connections?lang=en", ("name", name), ("kind", name.StartsWith("canvas", StringComparison.Ordinal) ? "canvas" : "moodle"), ("baseUrl", baseUrl), ("token", Token));
}
