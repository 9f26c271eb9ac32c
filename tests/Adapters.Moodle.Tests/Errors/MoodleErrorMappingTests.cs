using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Tests.Errors;

public sealed class MoodleErrorMappingTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleErrorMappingTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Theory]
    [InlineData("moodle-4.3", "error__invalid_token", "invalid_token")]
    [InlineData("moodle-4.3", "error__invalid_course", "invalid_course")]
    [InlineData("moodle-4.3", "error__invalid_function", "function_not_available")]
    [InlineData("moodle-docs", "error_invalidparameter", "invalid_parameter")]
    [InlineData("moodle-docs", "error_nopermissions", "missing_capability")]
    [InlineData("moodle-docs", "error_accessexception", "function_not_enabled")]
    public async Task GetCoursesAsync_ErrorBodyWithHttp200_ThrowsTypedError(string folder, string fixture, string code)
    {
        var body = folder == "moodle-4.3" ? MoodleFixtureFiles.Captured(fixture) : MoodleFixtureFiles.Docs(fixture);
        _server.Site.Override("core_course_get_courses_by_field", MoodleReply.Json(body));
        await using var host = new MoodleTestHost(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Catalog.GetCoursesAsync(host.Connection, TestContext.Current.CancellationToken));

        Assert.Equal((code, PlatformKind.Moodle, false), (error.Code, error.Platform!, error.IsTransient));
    }

    [Fact]
    public async Task GetCoursesAsync_AccessException_NamesFunctionServiceAndWhereToFixIt()
    {
        _server.Site.Override("core_course_get_courses_by_field", MoodleReply.Json(MoodleFixtureFiles.Docs("error_accessexception")));
        await using var host = new MoodleTestHost(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Catalog.GetCoursesAsync(host.Connection, TestContext.Current.CancellationToken));

        Assert.Contains("web service function core_course_get_courses_by_field is not enabled for service insignia", error.Message, StringComparison.Ordinal);
        Assert.Contains("Site administration › Server › Web services › External services", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadSinceAsync_WebServicesDisabled403EmptyBody_ThrowsWebServicesDisabled()
    {
        _server.Site.Override("core_webservice_get_site_info", new MoodleReply(403, string.Empty));
        await using var host = new MoodleTestHost(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        Assert.Equal(("web_services_disabled", 403), (error.Code, error.StatusCode!.Value));
        Assert.Single(_server.Calls()); // a 403 is permanent: no retry
    }

    [Fact]
    public async Task ProbeAsync_LoginTokenWithWebServicesDisabled_ReportsUnreachableWithWebServicesDisabled()
    {
        _server.Site.Override(MoodleFakeSite.LoginPath, MoodleReply.Json(MoodleFixtureFiles.Docs("error_login_token_ws_disabled")));
        await using var host = new MoodleTestHost(_server, connectionSettings: PasswordSettings());

        var result = await host.Probe.ProbeAsync(host.Connection, TestContext.Current.CancellationToken);

        Assert.False(result.Reachable);
        Assert.StartsWith("web_services_disabled:", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalidlogin", "invalid_login")]
    [InlineData("servicenotavailable", "service_not_available")]
    [InlineData("somethingelse", "login_failed")]
    public async Task ReadSinceAsync_LoginTokenErrorShape_MapsErrorcode(string errorcode, string code)
    {
        _server.Site.Override(MoodleFakeSite.LoginPath, MoodleReply.Json($$"""{"error":"refused","errorcode":"{{errorcode}}","stacktrace":null,"debuginfo":null,"reproductionlink":null}"""));
        await using var host = new MoodleTestHost(_server, connectionSettings: PasswordSettings());

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task ReadSinceAsync_PasswordAuth_UsesIssuedTokenAndKeepsPasswordOutOfWebServiceCalls()
    {
        await using var host = new MoodleTestHost(_server, connectionSettings: PasswordSettings());

        await host.SyncRecordsAsync();

        var login = Assert.Single(_server.Calls(), c => c.Path == MoodleFakeSite.LoginPath);
        Assert.Equal(("svc-insignia", MoodleTestHost.Token, "insignia"), (login.Form["username"]!, login.Form["password"]!, login.Form["service"]!));
        Assert.All(_server.Calls().Where(c => c.Function is not null), c => Assert.Equal("issued-token", c.Form["wstoken"]));
    }

    [Fact]
    public async Task ReadSinceAsync_IssuedTokenRevoked_LogsInAgainOnNextSync()
    {
        await using var host = new MoodleTestHost(_server, connectionSettings: PasswordSettings());
        await host.SyncRecordsAsync();
        _server.Site.Script("core_webservice_get_site_info", MoodleReply.Json(MoodleFixtureFiles.Captured("error__invalid_token")));
        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        await host.SyncRecordsAsync();

        Assert.Equal(2, _server.Calls().Count(c => c.Path == MoodleFakeSite.LoginPath));
    }

    [Fact]
    public async Task ReadSinceAsync_MissingSecret_ThrowsMissingToken()
    {
        await using var host = new MoodleTestHost(_server);
        host.Connection = host.Connection with { SecretReference = "nowhere" };

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        Assert.Equal("missing_token", error.Code);
        Assert.Empty(_server.Calls());
    }

    [Fact]
    public async Task ReadSinceAsync_NonJsonBody_ThrowsUnexpectedResponse()
    {
        _server.Site.Override("core_webservice_get_site_info", MoodleReply.Json("<html>login page</html>"));
        await using var host = new MoodleTestHost(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.SyncRecordsAsync());

        Assert.Equal("unexpected_response", error.Code);
    }

    private static Dictionary<string, string> PasswordSettings() => new()
    {
        ["auth"] = "password",
        ["username"] = "svc-insignia",
        ["service"] = "insignia",
    };
}
