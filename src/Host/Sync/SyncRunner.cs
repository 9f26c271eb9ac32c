using System.Collections.Concurrent;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Sync;

/// <summary>
/// Runs "sync now" in the background (one run per course at a time) and keeps its progress for the page to poll.
/// A finished run's result comes from the sync_runs table, so it survives restarts.
/// </summary>
internal sealed class SyncRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<SyncRunner> logger)
{
    private readonly ConcurrentDictionary<string, SyncRunState> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Starts a run unless one is already running for the course; returns the current state.</summary>
    public SyncRunState Start(string connection, string courseId)
    {
        var key = $"{connection}/{courseId}";
        var starting = new SyncRunState(SyncStatus.Running, "starting", 0, 0, 0);
        lock (_gate)
        {
            if (_running.TryGetValue(key, out var current) && current.Status == SyncStatus.Running)
            {
                return current;
            }

            _running[key] = starting;
        }

        _ = Task.Run(() => RunAsync(key, connection, courseId));
        return starting;
    }

    public async Task<SyncRunState?> StatusAsync(InsigniaDbContext db, string connection, string courseId, CancellationToken cancellationToken)
    {
        if (_running.TryGetValue($"{connection}/{courseId}", out var state))
        {
            return state;
        }

        var last = await db.SyncRuns.AsNoTracking().Where(r => r.Connection == connection && r.CourseId == courseId)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return last is null ? null : new SyncRunState(last.Status, "done", last.Pages, last.RecordsSeen, last.RecordsChanged)
        {
            Report = new SyncReport(last.Id, last.Status, last.Pages, last.RecordsSeen, last.RecordsChanged, last.LearnersEvaluated, last.ErrorCode, last.ErrorMessage),
            ErrorMessage = last.ErrorMessage,
            FinishedAt = last.FinishedAt,
        };
    }

    private async Task RunAsync(string key, string connection, string courseId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sync = scope.ServiceProvider.GetRequiredService<SyncService>();
            var progress = new StateProgress(p => _running[key] = new SyncRunState(SyncStatus.Running, p.Stage, p.Pages, p.RecordsSeen, p.RecordsChanged));
            var report = await sync.RunAsync(connection, courseId, progress, CancellationToken.None);
            _running[key] = new SyncRunState(report.Status, "done", report.Pages, report.RecordsSeen, report.RecordsChanged)
            {
                Report = report,
                ErrorMessage = report.ErrorMessage,
                FinishedAt = time.GetUtcNow(),
            };
        }
#pragma warning disable CA1031 // a background run must end in a visible failed state, whatever went wrong
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.SyncRunnerFailed(logger, connection, courseId, ex);
            _running[key] = new SyncRunState(SyncStatus.Failed, "done", 0, 0, 0)
            {
                ErrorMessage = ex is SyncException ? ex.Message : "The sync failed unexpectedly; see the server log.",
                FinishedAt = time.GetUtcNow(),
            };
        }
    }

    private sealed class StateProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}
