using Insignia.Core.Ports;
using Insignia.Core.Transcripts;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>
/// Posts approved entries (and earlier failures) to the SIS through <see cref="ITranscriptSink"/>. Idempotent: a
/// synced entry is never posted again, and the key sent is the credential's, so a post repeated after a crash finds
/// the SIS line it already made. A refused post leaves the entry Failed with the message, to be retried by the next run.
/// Entries whose credential was revoked are not posted.
/// </summary>
internal sealed class TranscriptSync(InsigniaDbContext db, ITranscriptSink sink, TranscriptSyncGate gate, TimeProvider time, ILogger<TranscriptSync> logger)
{
    private const int ChunkSize = 100;

    public static string KeyFor(Guid credentialId) => $"insignia-transcript-{credentialId:N}";

    public async Task<TranscriptSyncSummary> SyncAsync(CancellationToken cancellationToken)
    {
        await gate.Semaphore.WaitAsync(cancellationToken);
        try
        {
            var ids = await (from t in db.TranscriptEntries.AsNoTracking()
                             join c in db.Credentials.AsNoTracking() on t.CredentialId equals c.Id
                             where (t.State == TranscriptEntryState.Approved || t.State == TranscriptEntryState.Failed) && c.RevokedAt == null
                             orderby t.EarnedAt
                             select t.CredentialId).ToListAsync(cancellationToken);
            var (synced, failed) = (0, 0);
            foreach (var chunk in ids.Chunk(ChunkSize))
            {
                var entries = await db.TranscriptEntries.AsNoTracking().Where(t => chunk.Contains(t.CredentialId)).ToListAsync(cancellationToken);
                foreach (var entry in entries)
                {
                    if (await PostAsync(entry, cancellationToken))
                    {
                        synced++;
                    }
                    else
                    {
                        failed++;
                    }
                }
            }

            Log.TranscriptSyncFinished(logger, synced, failed);
            return new TranscriptSyncSummary(synced, failed);
        }
        finally
        {
            gate.Semaphore.Release();
        }
    }

    private async Task<bool> PostAsync(TranscriptEntryEntity entry, CancellationToken cancellationToken)
    {
        var request = new TranscriptEntry(KeyFor(entry.CredentialId), entry.LearnerSisId, entry.CourseKey, entry.Term, entry.CredentialId, entry.CredentialName, entry.Credits, entry.EarnedAt);
        TranscriptPostResult? result = null;
        string? error = null;
        try
        {
            result = await sink.PostAsync(request, cancellationToken);
        }
        catch (TranscriptSinkException ex)
        {
            error = ex.Message.Length <= 500 ? ex.Message : ex.Message[..497] + "...";
        }

        var now = time.GetUtcNow();
        var query = db.TranscriptEntries.Where(t => t.CredentialId == entry.CredentialId && (t.State == TranscriptEntryState.Approved || t.State == TranscriptEntryState.Failed));
        if (result is not null)
        {
            await query.ExecuteUpdateAsync(
                s => s.SetProperty(t => t.State, TranscriptEntryState.Synced).SetProperty(t => t.SisResultId, result.SisResultId)
                    .SetProperty(t => t.SyncedAt, now).SetProperty(t => t.StateChangedAt, now).SetProperty(t => t.LastError, (string?)null)
                    .SetProperty(t => t.SyncAttempts, t => t.SyncAttempts + 1),
                cancellationToken);
            return true;
        }

        await query.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.State, TranscriptEntryState.Failed).SetProperty(t => t.LastError, error)
                .SetProperty(t => t.StateChangedAt, now).SetProperty(t => t.SyncAttempts, t => t.SyncAttempts + 1),
            cancellationToken);
        return false;
    }
}
