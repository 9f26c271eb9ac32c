using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>Adds outbox rows for Met decisions; a (learner, definition, version) already queued or issued is skipped.</summary>
internal sealed class IssuanceOutbox(InsigniaDbContext db, TimeProvider time)
{
    /// <summary>Tracks new rows in <paramref name="db"/>'s change tracker; the caller's SaveChanges writes them with its own changes.</summary>
    public async Task<int> AddMissingAsync(IReadOnlyCollection<IssuanceKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        var learnerIds = keys.Select(k => k.LearnerId).Distinct().ToList();
        var definitionIds = keys.Select(k => k.DefinitionId).Distinct().ToList();
        var existing = await db.IssuanceOutbox.AsNoTracking()
            .Where(o => learnerIds.Contains(o.LearnerId) && definitionIds.Contains(o.DefinitionId))
            .Select(o => new IssuanceKey(o.LearnerId, o.DefinitionId, o.DefinitionVersion))
            .ToListAsync(cancellationToken);
        var known = existing.ToHashSet();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var key in keys.Distinct().Where(k => !known.Contains(k)))
        {
            db.IssuanceOutbox.Add(new IssuanceOutboxEntity
            {
                LearnerId = key.LearnerId,
                DefinitionId = key.DefinitionId,
                DefinitionVersion = key.DefinitionVersion,
                CreatedAt = now,
            });
            added++;
        }

        return added;
    }
}
