using Insignia.Core.Achievements;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Definitions;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Web.Insights;

/// <summary>
/// Reads the numbers behind the insights charts, for the whole institution or one course. "Attempted" counts the
/// learners with assessment evidence (scores, mastery, rubric levels, graded pass/fail) in the credential's course.
/// </summary>
internal sealed class InsightsQueries(InsigniaDbContext db, TimeProvider time)
{
    public const int Weeks = 12;

    public async Task<InsightsData> LoadAsync(string? courseKey, CancellationToken cancellationToken)
    {
        var rows = await db.Definitions.AsNoTracking().Where(d => courseKey == null || d.CourseKey == courseKey).ToListAsync(cancellationToken);
        var definitions = rows.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => DefinitionStore.Parse(g.MaxBy(r => r.Version)!))
            .OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList();
        var ids = definitions.Select(d => d.Id).ToList();
        var met = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.DefinitionId) && d.Outcome == DecisionOutcome.Met)
            .GroupBy(d => d.DefinitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var stacked = definitions.SelectMany(d => d.Rule.StackedDefinitions()).ToList();
        var holdings = await db.Credentials.AsNoTracking().Where(c => c.RevokedAt == null && (ids.Contains(c.DefinitionId) || stacked.Contains(c.DefinitionId)))
            .Select(c => new { c.DefinitionId, c.LearnerId }).Distinct().ToListAsync(cancellationToken);
        var held = holdings.GroupBy(h => h.DefinitionId).ToDictionary(g => g.Key, g => g.Select(h => h.LearnerId).ToHashSet(), StringComparer.Ordinal);

        var attempted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var course in definitions.Select(d => d.CourseKey).Distinct(StringComparer.Ordinal))
        {
            attempted[course] = await AttemptedAsync(course, cancellationToken);
        }

        var funnels = definitions.Select(d => new CredentialFunnel(d.Id, d.Name, attempted[d.CourseKey], met.GetValueOrDefault(d.Id), held.GetValueOrDefault(d.Id)?.Count ?? 0)).ToList();
        var (weeks, verifications) = await VerificationsAsync(ids, cancellationToken);
        return new InsightsData(funnels, weeks, verifications, [.. Stacks(definitions, held)]);
    }

    private async Task<int> AttemptedAsync(string courseKey, CancellationToken cancellationToken)
    {
        var parts = courseKey.Split('/', 2);
        if (parts.Length != 2)
        {
            return 0;
        }

        return await db.Evidence.AsNoTracking()
            .Where(e => e.Source == parts[0] && e.CourseId == parts[1])
            .Where(e => e.Kind == EvidenceKind.Score || e.Kind == EvidenceKind.OutcomeMastery || e.Kind == EvidenceKind.RubricLevel
                || (e.Kind == EvidenceKind.Completion && (e.Completion == CompletionState.Passed || e.Completion == CompletionState.Failed)))
            .Select(e => e.LearnerExternalId).Distinct().CountAsync(cancellationToken);
    }

    /// <summary>Verifications per credential and ISO week (Monday first), the last <see cref="Weeks"/> weeks up to this one.</summary>
    private async Task<(IReadOnlyList<DateOnly>, IReadOnlyDictionary<string, IReadOnlyList<long>>)> VerificationsAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = Enumerable.Range(0, Weeks).Select(i => thisWeek.AddDays(7 * (i - Weeks + 1))).ToList();
        var first = weeks[0];
        var days = await db.VerificationDays.AsNoTracking().Where(v => ids.Contains(v.DefinitionId) && v.Day >= first).ToListAsync(cancellationToken);
        var result = ids.ToDictionary(id => id, id => (IReadOnlyList<long>)[.. weeks.Select(w => days.Where(d => d.DefinitionId == id && d.Day >= w && d.Day < w.AddDays(7)).Sum(d => d.Count))], StringComparer.Ordinal);
        return (weeks, result);
    }

    private static IEnumerable<StackProgress> Stacks(List<CredentialDefinition> definitions, Dictionary<string, HashSet<Guid>> held)
    {
        foreach (var definition in definitions)
        {
            var parts = definition.Rule.StackedDefinitions().Distinct(StringComparer.Ordinal).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var perLearner = parts.SelectMany(p => held.GetValueOrDefault(p) ?? []).GroupBy(l => l).Select(g => g.Count()).ToList();
            yield return new StackProgress(definition.Id, definition.Name, parts.Count, [.. Enumerable.Range(1, parts.Count).Select(k => perLearner.Count(c => c == k))]);
        }
    }
}
