using System.Data.Common;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

internal sealed partial class IssuanceProcessor
{
    /// <summary>
    /// Stores a signed batch and announces what was stored. When the batch cannot be stored whole (a lease was lost, or
    /// a credential already exists), the rows this lease still holds are stored without the others, and if that fails
    /// too, row by row.
    /// </summary>
    private async Task<List<IssuanceOutcome>> StoreAsync(IssuanceBatch batch, List<IssuanceOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = outcomes;
        var entries = await transcript.PendingEntriesAsync(outcomes, batch, now, cancellationToken);
        if (!await TryCompleteAsync(batch.LeaseToken, outcomes, entries, now, cancellationToken))
        {
            var held = await HeldAsync(batch.LeaseToken, outcomes, cancellationToken);
            stored = [.. outcomes.Where(o => held.Contains(o.Row.Id))];
            if (stored.Count > 0 && !await TryCompleteAsync(batch.LeaseToken, stored, entries, now, cancellationToken))
            {
                var candidates = stored;
                stored = [];
                foreach (var outcome in candidates)
                {
                    if (await TryCompleteAsync(batch.LeaseToken, [outcome], entries, now, cancellationToken))
                    {
                        stored.Add(outcome);
                    }
                }
            }
        }

        Announce(stored, batch);
        return stored;
    }

    /// <summary>The ids among the outcomes' rows that this lease still holds, pending (a hint: the store re-checks).</summary>
    private async Task<HashSet<long>> HeldAsync(string leaseToken, List<IssuanceOutcome> outcomes, CancellationToken cancellationToken)
    {
        var ids = outcomes.Select(o => o.Row.Id).ToList();
        var held = await db.IssuanceOutbox.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && o.LeaseOwner == leaseToken && o.State == IssuanceState.Pending)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        return [.. held];
    }

    /// <summary>
    /// Settles the rows and stores their credentials (with their transcript entries) in one transaction, all or nothing;
    /// false when some lease was lost, a row is no longer pending or a credential already exists. The rows are settled
    /// first, so a batch that lost a lease is rolled back before any credential is written.
    /// </summary>
    private async Task<bool> TryCompleteAsync(
        string leaseToken, IReadOnlyList<IssuanceOutcome> outcomes, IReadOnlyList<TranscriptEntryEntity> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SettleAsync(leaseToken, outcomes, now, cancellationToken) != outcomes.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var credentials = outcomes.Where(o => o.Credential is not null).Select(o => o.Credential!).ToList();
        try
        {
            await db.InsertAsync(credentials, cancellationToken);
            await db.InsertAsync([.. Registrar.TranscriptEntryRecorder.For(entries, credentials)], cancellationToken);
        }
        catch (DbException)
        {
            // As SaveChanges' DbUpdateException did: a credential for one of the rows already exists (unique outbox id).
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks the rows this lease still holds as settled; returns how many it held.</summary>
    private async Task<int> SettleAsync(string leaseToken, IReadOnlyList<IssuanceOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var group in outcomes.GroupBy(o => (o.State, o.Error)))
        {
            var ids = group.Select(o => o.Row.Id).ToList();
            var state = group.Key.State == IssuanceState.Failed && group.All(o => o.Row.Attempts < _options.MaxAttempts) ? IssuanceState.Pending : group.Key.State;
            var error = group.Key.Error;
            settled += await db.IssuanceOutbox
                .Where(o => ids.Contains(o.Id) && o.LeaseOwner == leaseToken && o.State == IssuanceState.Pending)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.State, state).SetProperty(o => o.CompletedAt, now).SetProperty(o => o.LastError, error),
                    cancellationToken);
        }

        return settled;
    }
}
