using Insignia.Core.Criteria;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Evaluation;

/// <summary>
/// Which credential definitions each learner holds, for stacking rules. Until the issuer lands this is the set of
/// Met decisions; a Met decision is exactly what the issuer turns into a credential.
/// </summary>
internal sealed class HeldCredentials(InsigniaDbContext db)
{
    public async Task<Dictionary<Guid, HashSet<string>>> ForLearnersAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken)
    {
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => learnerIds.Contains(d.LearnerId) && d.Outcome == DecisionOutcome.Met)
            .Select(d => new { d.LearnerId, d.DefinitionId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.LearnerId).ToDictionary(g => g.Key, g => g.Select(r => r.DefinitionId).ToHashSet(StringComparer.Ordinal));
    }
}
