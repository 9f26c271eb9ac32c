using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Sync;

public sealed class SyncServiceTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Run_UnchangedCourse_WritesNothingAndEvaluatesNobody()
    {
        await ResetCursorAsync();

        var report = await RunAsync();

        Assert.True(report.Succeeded);
        Assert.True(report.RecordsSeen > 0);
        Assert.Equal(0, report.RecordsChanged);
        Assert.Equal(0, report.LearnersEvaluated);
    }

    [Fact]
    public async Task Run_AfterCompleteSync_ReadsNothing()
    {
        var report = await RunAsync();

        Assert.Equal(0, report.Pages);
    }

    [Fact]
    public async Task Run_ChangedRecord_ReevaluatesOnlyThatLearner()
    {
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InsigniaDbContext>();
            var essay = await db.Evidence.SingleAsync(e => e.LearnerExternalId == "1004" && e.Activity == "demo:assign:1", TestContext.Current.CancellationToken);
            essay.ContentHash = "stale";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await ResetCursorAsync();

        var report = await RunAsync();

        Assert.Equal(1, report.RecordsChanged);
        Assert.Equal(1, report.LearnersEvaluated);
    }

    [Fact]
    public async Task Run_UnknownConnection_ThrowsActionableError()
    {
        var error = await Assert.ThrowsAsync<SyncException>(() => RunAsync("moodle-nowhere"));

        Assert.Equal("unknown_connection", error.Code);
        Assert.Contains("connection add", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCourse_RecordsFailedRunWithPlatformCode()
    {
        SyncReport? report = null;
        await _app.WithScopeAsync(async sp => report = await sp.GetRequiredService<SyncService>().RunAsync("demo", "NOPE", null, TestContext.Current.CancellationToken));

        Assert.Equal(SyncStatus.Failed, report!.Status);
        Assert.Equal("unknown_course", report.ErrorCode);
    }

    private async Task<SyncReport> RunAsync(string connection = "demo")
    {
        SyncReport? report = null;
        await _app.WithScopeAsync(async sp => report = await sp.GetRequiredService<SyncService>().RunAsync(connection, "OBP101", null, TestContext.Current.CancellationToken));
        return report!;
    }

    private Task ResetCursorAsync() => _app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<InsigniaDbContext>();
        await db.SyncCursors.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
    });
}
