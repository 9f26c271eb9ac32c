using Insignia.Host.Definitions;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>Builds the reconciliation report from the credentials, the definitions' credits and the transcript entries.</summary>
internal sealed class ReconciliationService(InsigniaDbContext db)
{
    public async Task<ReconciliationReport> BuildAsync(CancellationToken cancellationToken)
    {
        var definitions = (await db.Definitions.AsNoTracking().ToListAsync(cancellationToken)).Select(DefinitionStore.Parse).ToList();
        var creditBearing = definitions.Where(d => d.Credits is > 0).Select(d => (d.Id, d.Version)).ToHashSet();
        var names = definitions.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!.Name, StringComparer.Ordinal);
        var ids = creditBearing.Select(d => d.Id).Distinct().ToList();
        var credentials = (await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.DefinitionId))
                .Select(c => new { c.Id, c.DefinitionId, c.DefinitionVersion, c.RevokedAt }).ToListAsync(cancellationToken))
            .Where(c => creditBearing.Contains((c.DefinitionId, c.DefinitionVersion))).ToList();
        var entries = await (from t in db.TranscriptEntries.AsNoTracking()
                             join c in db.Credentials.AsNoTracking() on t.CredentialId equals c.Id
                             select new { Entry = t, c.RevokedAt }).ToListAsync(cancellationToken);
        var entryIds = entries.Select(e => e.Entry.CredentialId).ToHashSet();

        var discrepancies = new List<Discrepancy>();
        discrepancies.AddRange(credentials.Where(c => !entryIds.Contains(c.Id)).Select(c =>
            new Discrepancy(Discrepancy.MissingEntry, c.Id, null, names.GetValueOrDefault(c.DefinitionId, c.DefinitionId), null)));
        foreach (var e in entries.OrderBy(e => e.Entry.EarnedAt))
        {
            var kind = (e.Entry.State, e.RevokedAt is not null) switch
            {
                (TranscriptEntryState.Synced, true) => Discrepancy.NeedsWithdrawal,
                (TranscriptEntryState.Pending or TranscriptEntryState.Approved or TranscriptEntryState.Failed, true) => Discrepancy.RevokedNotSynced,
                (TranscriptEntryState.Failed, false) => Discrepancy.SyncFailed,
                _ => null,
            };
            if (kind is not null)
            {
                discrepancies.Add(new Discrepancy(kind, e.Entry.CredentialId, e.Entry.LearnerSisId, e.Entry.CredentialName, kind == Discrepancy.SyncFailed ? e.Entry.LastError : e.Entry.SisResultId));
            }
        }

        var synced = entries.Where(e => e.Entry.State == TranscriptEntryState.Synced).ToList();
        return new ReconciliationReport(
            credentials.Count,
            entries.Count,
            entries.GroupBy(e => e.Entry.State).ToDictionary(g => g.Key, g => g.Count()),
            synced.Sum(e => e.Entry.Credits),
            synced.Count(e => e.RevokedAt is not null),
            discrepancies);
    }
}
