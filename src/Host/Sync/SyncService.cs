using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Evaluation;
using Insignia.Host.Evidence;
using Insignia.Host.Learners;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Sync;

/// <summary>
/// Pulls a course's evidence from its connection page by page, stores each page and then its cursor (a crash
/// repeats at most one page), and re-evaluates only the learners whose evidence changed.
/// </summary>
internal sealed class SyncService(
    IServiceProvider services,
    InsigniaDbContext db,
    ConnectionStore connections,
    EvidenceStore evidence,
    LearnerDirectory learners,
    CourseEvaluationService evaluation,
    TimeProvider time,
    ILogger<SyncService> logger)
{
    private const int RosterBatch = 500;

    public async Task<SyncReport> RunAsync(string connectionName, string courseId, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var connection = await connections.FindAsync(connectionName, cancellationToken)
            ?? throw new SyncException("unknown_connection", $"No connection named '{connectionName}'. List them with 'connection list' or add one with 'connection add'.");
        var source = services.GetKeyedService<IEvidenceSource>(connection.Kind)
            ?? throw new SyncException("no_adapter", $"No evidence adapter is registered for kind '{connection.Kind}'.");
        var course = new CourseContext(connection.Name, courseId);
        var run = new SyncRunEntity { Id = Guid.CreateVersion7(time.GetUtcNow()), Connection = connection.Name, CourseId = courseId, StartedAt = time.GetUtcNow(), Status = SyncStatus.Running };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        Log.SyncStarted(logger, connection.Name, courseId);
        var changedLearners = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await SyncRosterAsync(connection, course, progress, cancellationToken);
            var cursor = await db.SyncCursors.AsNoTracking().FirstOrDefaultAsync(c => c.Connection == connection.Name && c.CourseId == courseId, cancellationToken);
            await foreach (var page in source.ReadSinceAsync(connection, course, new SyncCursor(cursor?.Cursor), cancellationToken))
            {
                var result = await evidence.UpsertPageAsync(connection.Name, courseId, page.Records, cancellationToken);
                changedLearners.UnionWith(result.ChangedLearners);
                await SaveCursorAsync(connection.Name, courseId, page.Cursor, cancellationToken);
                run.Pages++;
                run.RecordsSeen += page.Records.Count;
                run.RecordsChanged += result.Changed;
                progress?.Report(new SyncProgress("evidence", run.Pages, run.RecordsSeen, run.RecordsChanged));
            }

            progress?.Report(new SyncProgress("evaluation", run.Pages, run.RecordsSeen, run.RecordsChanged));
            if (changedLearners.Count > 0)
            {
                await evaluation.EvaluateAsync(course, changedLearners, cancellationToken);
            }

            run.LearnersEvaluated = changedLearners.Count;
            run.Status = SyncStatus.Succeeded;
        }
        catch (EvidenceSourceException ex)
        {
            run.Status = SyncStatus.Failed;
            run.ErrorCode = ex.Code;
            run.ErrorMessage = ex.Message;
            Log.SyncFailed(logger, connection.Name, courseId, ex.Code);
        }

        run.FinishedAt = time.GetUtcNow();
        db.SyncRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        Log.SyncFinished(logger, connection.Name, courseId, run.Status, run.RecordsSeen, run.RecordsChanged, run.LearnersEvaluated);
        return new SyncReport(run.Id, run.Status, run.Pages, run.RecordsSeen, run.RecordsChanged, run.LearnersEvaluated, run.ErrorCode, run.ErrorMessage);
    }

    private async Task SyncRosterAsync(SourceConnection connection, CourseContext course, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IRosterSource>(connection.Kind) is not { } roster)
        {
            return;
        }

        progress?.Report(new SyncProgress("roster", 0, 0, 0));
        var batch = new List<RosterMember>(RosterBatch);
        await foreach (var member in roster.GetMembersAsync(connection, course, cancellationToken))
        {
            batch.Add(member);
            if (batch.Count == RosterBatch)
            {
                await learners.UpsertMembersAsync(connection.Name, course.CourseId, batch, cancellationToken);
                batch.Clear();
            }
        }

        await learners.UpsertMembersAsync(connection.Name, course.CourseId, batch, cancellationToken);
    }

    private async Task SaveCursorAsync(string connection, string courseId, SyncCursor cursor, CancellationToken cancellationToken)
    {
        var entity = await db.SyncCursors.FirstOrDefaultAsync(c => c.Connection == connection && c.CourseId == courseId, cancellationToken);
        if (entity is null)
        {
            entity = new SyncCursorEntity { Connection = connection, CourseId = courseId };
            db.SyncCursors.Add(entity);
        }

        entity.Cursor = cursor.Value;
        entity.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
