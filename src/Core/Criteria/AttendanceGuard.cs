namespace Insignia.Core.Criteria;

/// <summary>
/// Refuses rules that could issue a credential on participation alone: the rule is evaluated with every
/// assessment leaf unmet and every other leaf met; if it is then met, it is refused, naming the path that would
/// issue. Because rules are monotone, this single evaluation decides it for every possible evidence.
/// </summary>
public static class AttendanceGuard
{
    /// <summary>Checks a rule.</summary>
    /// <param name="rule">The rule to check.</param>
    /// <returns>No errors when the rule needs assessment evidence on every path; otherwise one error naming the participation-only path.</returns>
    public static IReadOnlyList<CriteriaError> Check(CriteriaRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Check(CompiledCriteria.Compile(rule));
    }

    /// <summary>Checks a compiled rule.</summary>
    /// <param name="criteria">The compiled rule.</param>
    /// <returns>No errors when the rule needs assessment evidence on every path; otherwise one error naming the participation-only path.</returns>
    public static IReadOnlyList<CriteriaError> Check(CompiledCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var leaves = criteria.Leaves;
        DecisionOutcome Adversarial(int i) => leaves[i].IsAssessment ? DecisionOutcome.NotMet : DecisionOutcome.Met;
        if (OutcomeCombiner.Evaluate(criteria.Root, Adversarial) != DecisionOutcome.Met)
        {
            return [];
        }

        var witness = new List<CompiledNode>();
        CollectWitness(criteria.Root, Adversarial, witness);
        var leavesText = string.Join(", ", witness.Select(n => $"{n.Path} ({Describe((LeafRule)n.Rule)})"));
        return
        [
            new CriteriaError(
                witness.Count == 1 ? witness[0].Path : criteria.Root.Path,
                CriteriaErrors.ParticipationOnly,
                $"This rule would issue the credential on participation alone, with no assessed evidence: it is met through {leavesText}. " +
                "Require a score, outcome mastery, rubric level, passed completion or held credential on every path (e.g. wrap it in 'all' with an assessment leaf)."),
        ];
    }

    private static void CollectWitness(CompiledNode node, Func<int, DecisionOutcome> leafOutcome, List<CompiledNode> witness)
    {
        if (node.LeafIndex >= 0)
        {
            witness.Add(node);
            return;
        }

        var needed = node.Rule switch { AllRule => node.Children.Length, AtLeastRule a => a.Count, _ => 1 };
        foreach (var child in node.Children)
        {
            if (needed == 0)
            {
                break;
            }

            if (OutcomeCombiner.Evaluate(child, leafOutcome) == DecisionOutcome.Met)
            {
                CollectWitness(child, leafOutcome, witness);
                needed--;
            }
        }
    }

    private static string Describe(LeafRule leaf) => leaf switch
    {
        ParticipationRule p => $"participation in {p.Activity}",
        CompletionRule c => $"completion of {c.Activity} without a pass grade",
        _ => leaf.Keyword,
    };
}
