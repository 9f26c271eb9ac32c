namespace Insignia.Adapters.Moodle.Tests.Sync;

public sealed class MoodleLoggingTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleLoggingTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ReadSinceAsync_FullSyncWithTraceLogging_SurfacesWarningsButNeverLogsTokenNamesOrEmails()
    {
        var logs = new CapturingLoggerProvider();
        _server.Site.Override("mod_assign_get_grades", MoodleReply.Json(MoodleFixtureFiles.Docs("mod_assign_get_grades"))); // carries a warning
        await using var host = new MoodleTestHost(_server, logs: logs);

        await host.SyncRecordsAsync();
        await foreach (var member in host.Roster.GetMembersAsync(host.Connection, MoodleTestHost.Course, TestContext.Current.CancellationToken))
        {
            Assert.NotNull(member.DisplayName);
        }

        var text = string.Join('\n', logs.Messages);
        Assert.Contains("warning for mod_assign_get_grades: code 3, item assignment 734", text, StringComparison.Ordinal); // surfaced, not dropped
        Assert.DoesNotContain(MoodleTestHost.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", text, StringComparison.Ordinal);
    }
}
