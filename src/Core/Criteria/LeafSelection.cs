using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Picks, for one leaf, the evidence record it judges (best or latest attempt; pass or fail).</summary>
internal static class LeafSelection
{
    /// <summary>Considers one record for a leaf; <paramref name="chosen"/> and <paramref name="failed"/> hold record indexes.</summary>
    public static void Consider(LeafRule leaf, IReadOnlyList<EvidenceRecord> evidence, int index, ref int chosen, ref int failed)
    {
        var record = evidence[index];
        switch (leaf)
        {
            case ScoreRule score when record.Kind == EvidenceKind.Score:
                Pick(evidence, index, ref chosen, score.Attempts, score);
                break;
            case MasteryRule mastery when record.Kind == EvidenceKind.OutcomeMastery:
                Pick(evidence, index, ref chosen, mastery.Attempts, mastery);
                break;
            case RubricRule rubric when record.Kind == EvidenceKind.RubricLevel:
                Pick(evidence, index, ref chosen, rubric.Attempts, rubric);
                break;
            case CompletionRule { Requirement: CompletionRequirement.Passed } when record.Kind == EvidenceKind.Completion:
                if (record.Completion == CompletionState.Passed)
                {
                    Pick(evidence, index, ref chosen, AttemptPolicy.Latest, valued: null);
                }
                else if (record.Completion == CompletionState.Failed)
                {
                    Pick(evidence, index, ref failed, AttemptPolicy.Latest, valued: null);
                }

                break;
            case CompletionRule when record.Kind == EvidenceKind.Completion && record.Completion is not (null or CompletionState.Incomplete):
                Pick(evidence, index, ref chosen, AttemptPolicy.Latest, valued: null);
                break;
            case ParticipationRule when record.Kind == EvidenceKind.Participation
                || (record.Kind == EvidenceKind.Completion && record.Completion is not (null or CompletionState.Incomplete)):
                Pick(evidence, index, ref chosen, AttemptPolicy.Latest, valued: null);
                break;
        }
    }

    /// <summary>The value a leaf compares with its threshold, for a record it chose.</summary>
    public static double? Value(LeafRule leaf, EvidenceRecord record) => leaf switch
    {
        ScoreRule { MinFraction: not null } => record.NormalizedScore,
        ScoreRule or MasteryRule or RubricRule => record.RawValue,
        _ => null,
    };

    private static void Pick(IReadOnlyList<EvidenceRecord> evidence, int index, ref int current, AttemptPolicy policy, LeafRule? valued)
    {
        var candidate = evidence[index];
        if ((valued is null ? 1d : Value(valued, candidate)) is not { } candidateValue)
        {
            return;
        }

        if (current < 0)
        {
            current = index;
            return;
        }

        var incumbent = evidence[current];
        var incumbentValue = (valued is null ? 1d : Value(valued, incumbent)) ?? double.NegativeInfinity;
        var byValue = candidateValue.CompareTo(incumbentValue);
        var byTime = candidate.OccurredAt.CompareTo(incumbent.OccurredAt);
        var byAttempt = string.CompareOrdinal(candidate.Attempt, incumbent.Attempt);
        var better = policy == AttemptPolicy.Best
            ? byValue > 0 || (byValue == 0 && (byTime > 0 || (byTime == 0 && byAttempt > 0)))
            : byTime > 0 || (byTime == 0 && (byAttempt > 0 || (byAttempt == 0 && byValue > 0)));
        if (better)
        {
            current = index;
        }
    }
}
