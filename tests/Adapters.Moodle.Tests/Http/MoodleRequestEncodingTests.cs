namespace Insignia.Adapters.Moodle.Tests.Http;

public sealed class MoodleRequestEncodingTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleRequestEncodingTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ReadSinceAsync_AssignmentCalls_SendPhpStyleArrayInFormBody()
    {
        await using var host = new MoodleTestHost(_server);

        await host.SyncRecordsAsync();

        var raw = _server.Calls("mod_assign_get_grades")[0].RawBody;
        Assert.Contains("assignmentids%5B0%5D=1", raw, StringComparison.Ordinal);
        Assert.Equal("1", Assert.Single(_server.Calls("mod_assign_get_grades")).Form["assignmentids[0]"]);
    }

    [Fact]
    public async Task ReadSinceAsync_RosterCall_SendsNumberedNameValueOptions()
    {
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["RosterPageSize"] = "50" });

        await host.SyncRecordsAsync();

        var form = Assert.Single(_server.Calls("core_enrol_get_enrolled_users")).Form;
        Assert.Equal(
            ["limitfrom", "0", "limitnumber", "50", "userfields", "id,roles"],
            [form["options[0][name]"], form["options[0][value]"], form["options[1][name]"], form["options[1][value]"], form["options[2][name]"], form["options[2][value]"]]);
    }

    [Fact]
    public async Task ReadSinceAsync_EveryCall_PostsTokenAndJsonFormatInBodyNeverInUrl()
    {
        await using var host = new MoodleTestHost(_server);

        await host.SyncRecordsAsync();

        var calls = _server.Calls();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal((MoodleTestHost.Token, "json", "/webservice/rest/server.php"), (c.Form["wstoken"]!, c.Form["moodlewsrestformat"]!, c.Path)));
        Assert.All(calls, c => Assert.Equal(("POST", string.Empty), (c.Method, c.Query ?? string.Empty)));
    }

    [Fact]
    public async Task GetMembersAsync_FullPage_RequestsNextPageWithLimitFrom()
    {
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["RosterPageSize"] = "10" });
        var sixUsers = MoodleFixtureFiles.Captured("core_enrol_get_enrolled_users");
        _server.Site.Override("core_enrol_get_enrolled_users", c => MoodleReply.Json(c.Form["options[0][value]"] == "0" ? sixUsers : "[]"));

        var members = new List<string>();
        await foreach (var member in host.Roster.GetMembersAsync(host.Connection, MoodleTestHost.Course, TestContext.Current.CancellationToken))
        {
            members.Add(member.ExternalId);
        }

        Assert.Equal(6, members.Count);
        Assert.Single(_server.Calls("core_enrol_get_enrolled_users")); // 6 < 10: the first page was the last
    }
}
