using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>
/// Maps outcome results (one per alignment: attempt = the alignment, e.g. <c>assignment_4401</c>) and rollups (the
/// course-level mastery Canvas calculates: attempt empty) to <see cref="EvidenceKind.OutcomeMastery"/>.
/// </summary>
internal static class CanvasOutcomeMapper
{
    public const string Mastered = "mastery";
    public const string NotMastered = "below_mastery";

    public static IEnumerable<EvidenceRecord> MapResults(string source, CanvasOutcomeResultList page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var result in page.OutcomeResults)
        {
            if (result.Links.User is not { Length: > 0 } learner
                || result.Links.LearningOutcome is not { Length: > 0 } outcome
                || result.Score is not { } score
                || result.SubmittedOrAssessedAt is not { } at)
            {
                continue;
            }

            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = learner,
                Activity = CanvasActivityKeys.Outcome(outcome),
                Kind = EvidenceKind.OutcomeMastery,
                Attempt = result.Links.Alignment ?? $"result_{result.Id}",
                RawValue = score,
                MaxValue = result.Possible,
                OccurredAt = at.ToUniversalTime(),
                Detail = result.Mastery switch { true => Mastered, false => NotMastered, null => null },
            };
        }
    }

    public static IEnumerable<EvidenceRecord> MapRollups(string source, CanvasOutcomeRollupList page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var outcomes = (page.Linked?.Outcomes ?? []).GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var rollup in page.Rollups)
        {
            if (rollup.Links.User is not { Length: > 0 } learner)
            {
                continue;
            }

            foreach (var score in rollup.Scores)
            {
                if (score.Links.Outcome is not { Length: > 0 } outcomeId || score.Score is not { } value || score.SubmittedAt is not { } at)
                {
                    continue;
                }

                var outcome = outcomes.GetValueOrDefault(outcomeId);
                yield return new EvidenceRecord
                {
                    Source = source,
                    LearnerId = learner,
                    Activity = CanvasActivityKeys.Outcome(outcomeId),
                    Kind = EvidenceKind.OutcomeMastery,
                    ActivityName = outcome?.Title,
                    RawValue = value,
                    MaxValue = outcome?.PointsPossible,
                    OccurredAt = at.ToUniversalTime(),
                    Detail = outcome?.MasteryPoints is { } mastery ? (value >= mastery ? Mastered : NotMastered) : null,
                };
            }
        }
    }
}
