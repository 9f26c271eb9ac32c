using System.Security.Cryptography;
using Insignia.Core.Criteria;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

internal sealed partial class IssuanceProcessor
{
    /// <summary>
    /// Leases up to a batch of pending rows whose lease is free or expired. The conditional UPDATE is atomic per row,
    /// so two workers never both hold a row; candidates are shuffled so concurrent workers rarely collide.
    /// </summary>
    private async Task<IssuanceBatch?> ClaimAsync(string workerId, IReadOnlyCollection<string>? definitionIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = db.IssuanceOutbox.AsNoTracking().Where(o => o.State == IssuanceState.Pending && (o.LeaseUntil == null || o.LeaseUntil < now));
        if (definitionIds is not null)
        {
            pending = pending.Where(o => definitionIds.Contains(o.DefinitionId));
        }

        var candidates = await pending
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .Take(_options.BatchSize * 8)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        var picked = candidates.ToArray();
        Random.Shared.Shuffle(picked);
        var ids = picked.Take(_options.BatchSize).ToList();
        var token = $"{workerId[..Math.Min(workerId.Length, 40)]}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        var until = now + _options.Lease;
        await db.IssuanceOutbox
            .Where(o => ids.Contains(o.Id) && o.State == IssuanceState.Pending && (o.LeaseUntil == null || o.LeaseUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.LeaseOwner, token).SetProperty(o => o.LeaseUntil, until).SetProperty(o => o.Attempts, o => o.Attempts + 1),
                cancellationToken);
        var rows = await db.IssuanceOutbox.AsNoTracking().Where(o => ids.Contains(o.Id) && o.LeaseOwner == token).ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : await LoadAsync(token, rows, cancellationToken); // null: other workers took them all
    }

    private async Task<IssuanceBatch> LoadAsync(string token, List<IssuanceOutboxEntity> rows, CancellationToken cancellationToken)
    {
        var learnerIds = rows.Select(r => r.LearnerId).Distinct().ToList();
        var definitionIds = rows.Select(r => r.DefinitionId).Distinct().ToList();
        var definitionRows = await db.Definitions.AsNoTracking().Where(d => definitionIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var wanted = rows.Select(r => (r.DefinitionId, r.DefinitionVersion)).ToHashSet();
        var definitions = definitionRows
            .Where(d => wanted.Contains((d.Id, d.Version)))
            .Select(Definitions.DefinitionStore.Parse)
            .ToDictionary(d => (d.Id, d.Version));
        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => definitionIds.Contains(d.DefinitionId) && learnerIds.Contains(d.LearnerId))
            .ToDictionaryAsync(d => (d.DefinitionId, d.LearnerId), cancellationToken);
        var learners = await db.Learners.AsNoTracking().Where(l => learnerIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var guardRefusals = definitions.ToDictionary(
            d => d.Key, d => AttendanceGuard.Check(d.Value.Rule) is { Count: > 0 } errors ? "Attendance guard: " + errors[0].Message : null);
        return new IssuanceBatch(token, rows, definitions, decisions, learners, guardRefusals);
    }
}
