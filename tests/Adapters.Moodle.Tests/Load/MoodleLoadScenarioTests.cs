using System.Diagnostics;
using System.Globalization;
using Insignia.Core.Ports;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Adapters.Moodle.Tests.Load;

/// <summary>
/// Load scenario (explicit: not part of the normal run): a generated 2,000-learner course behind a fake Moodle
/// with 20 ms latency per request. Reports request counts per function and wall time for a full sync and for the
/// incremental sync that follows. Run: see docs/performance.md, section "Moodle adapter".
/// </summary>
public sealed class MoodleLoadScenarioTests : IClassFixture<MoodleServerFixture>
{
    private const int Learners = 2000;
    private readonly MoodleServerFixture _server;

    public MoodleLoadScenarioTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Theory(Explicit = true)]
    [InlineData(4, true)]
    [InlineData(4, false)]
    [InlineData(8, true)]
    public async Task ReadSinceAsync_2000Learners20msLatency_ReportsRequestsAndWallTime(int concurrency, bool competencies)
    {
        _server.Site.Payloads = new SyntheticCoursePayloads(Learners);
        _server.Latency = TimeSpan.FromMilliseconds(20);
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1795958193));
        await using var host = new MoodleTestHost(_server, new Dictionary<string, string?>
        {
            ["MaxConcurrencyPerSite"] = concurrency.ToString(CultureInfo.InvariantCulture),
            ["IncludeCompetencies"] = competencies.ToString(),
            ["TotalTimeout"] = "00:05:00",
        }, time);

        var (fullRecords, fullPages, cursor) = await MeasureAsync(host, SyncCursor.Start, $"full sync, concurrency {concurrency}, competencies {competencies}");
        _server.ClearCalls();
        time.Advance(TimeSpan.FromHours(1));
        var (incrementalRecords, _, _) = await MeasureAsync(host, cursor, $"incremental sync, concurrency {concurrency}, competencies {competencies}");

        Assert.True(fullPages > 1);
        Assert.Equal(fullRecords, incrementalRecords + Learners); // only the per-learner quiz attempts are skipped
    }

    private async Task<(int Records, int Pages, SyncCursor Cursor)> MeasureAsync(MoodleTestHost host, SyncCursor cursor, string label)
    {
        var watch = Stopwatch.StartNew();
        var pages = await host.SyncAsync(cursor);
        watch.Stop();
        var calls = _server.Calls();
        var records = pages.Sum(p => p.Records.Count);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{label}: {calls.Count} requests, {watch.Elapsed.TotalSeconds:0.0} s, {records} records in {pages.Count} pages");
        foreach (var group in calls.GroupBy(c => c.Function).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }

        return (records, pages.Count, pages[^1].Cursor);
    }
}
