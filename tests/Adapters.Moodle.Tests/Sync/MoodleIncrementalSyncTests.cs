using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Adapters.Moodle.Tests.Sync;

public sealed class MoodleIncrementalSyncTests : IClassFixture<MoodleServerFixture>
{
    // One day after the captured grades were given (1795871793).
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1795958193);
    private readonly MoodleServerFixture _server;

    public MoodleIncrementalSyncTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ReadSinceAsync_FullSyncTwice_YieldsIdenticalRecordsAndHashes()
    {
        await using var host = new MoodleTestHost(_server, time: new FakeTimeProvider(Now));

        var first = await host.SyncRecordsAsync();
        var second = await host.SyncRecordsAsync();

        Assert.Equal(first.Select(EvidenceContentHash.Compute), second.Select(EvidenceContentHash.Compute));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ReadSinceAsync_FinalCursor_RecordsSyncStartAsSince()
    {
        await using var host = new MoodleTestHost(_server, time: new FakeTimeProvider(Now));

        var pages = await host.SyncAsync(SyncCursor.Start);

        Assert.Equal("""{"v":1,"since":1795958193}""", pages[^1].Cursor.Value);
    }

    [Fact]
    public async Task ReadSinceAsync_WithCursor_PassesSinceMinusOverlapToAssignmentCalls()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = new MoodleTestHost(_server, time: time);
        var cursor = (await host.SyncAsync(SyncCursor.Start))[^1].Cursor;
        _server.Reset();
        time.Advance(TimeSpan.FromHours(1));

        await host.SyncAsync(cursor);

        var expected = (Now.ToUnixTimeSeconds() - 300).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, Assert.Single(_server.Calls("mod_assign_get_grades")).Form["since"]);
        Assert.Equal(expected, Assert.Single(_server.Calls("mod_assign_get_submissions")).Form["since"]);
    }

    [Fact]
    public async Task ReadSinceAsync_WithCursorAndNoNewQuizGrades_SkipsPerLearnerAttemptCalls()
    {
        await using var host = new MoodleTestHost(_server, time: new FakeTimeProvider(Now));
        var cursor = (await host.SyncAsync(SyncCursor.Start))[^1].Cursor;
        var fullSyncAttemptCalls = _server.Calls("mod_quiz_get_user_attempts").Count;
        _server.Reset();

        await host.SyncAsync(cursor);

        Assert.Equal(4, fullSyncAttemptCalls); // learners 3-6 have a quiz grade
        Assert.Empty(_server.Calls("mod_quiz_get_user_attempts"));
    }

    [Fact]
    public async Task ReadSinceAsync_ResumedFromMidSyncCursor_CompletesTheSameRecordSet()
    {
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["PageSize"] = "10", ["MaxConcurrencyPerSite"] = "1" }, new FakeTimeProvider(Now));
        var pages = await host.SyncAsync(SyncCursor.Start);
        var resumeAfter = pages.Select((p, i) => (p, i)).First(x => x.p.Cursor.Value!.Contains("activity_completion", StringComparison.Ordinal)).i;
        _server.Reset();

        var resumed = await host.SyncAsync(pages[resumeAfter].Cursor);

        var full = pages.SelectMany(p => p.Records).Select(r => r.Key).ToHashSet();
        var combined = pages.Take(resumeAfter + 1).Concat(resumed).SelectMany(p => p.Records).Select(r => r.Key).ToHashSet();
        Assert.True(full.SetEquals(combined));
        Assert.Empty(_server.Calls("mod_assign_get_grades")); // steps before the cursor's step are not repeated
        Assert.InRange(_server.Calls("core_completion_get_activities_completion_status").Count, 1, 4);
    }

    [Fact]
    public async Task ReadSinceAsync_SmallPageSize_NoPageExceedsIt()
    {
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?> { ["PageSize"] = "10" });

        var pages = await host.SyncAsync(SyncCursor.Start);

        Assert.All(pages, p => Assert.True(p.Records.Count <= 10));
        Assert.True(pages.Count > 3);
    }

    [Fact]
    public async Task ReadSinceAsync_UnreadableCursor_RunsFullSync()
    {
        await using var host = new MoodleTestHost(_server, time: new FakeTimeProvider(Now));

        await host.SyncAsync(new SyncCursor("not json"));

        Assert.False(Assert.Single(_server.Calls("mod_assign_get_grades")).Form.AllKeys.Contains("since"));
    }
}
