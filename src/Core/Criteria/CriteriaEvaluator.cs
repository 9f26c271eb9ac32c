using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>
/// Judges a learner's evidence against a compiled rule. Pure and deterministic: the same rule, evidence (in any
/// order) and held credentials always give the same decision and explanation.
/// </summary>
public static class CriteriaEvaluator
{
    private static readonly IReadOnlySet<string> NoCredentials = new HashSet<string>();

    /// <summary>Evaluates one learner.</summary>
    /// <param name="criteria">The compiled rule.</param>
    /// <param name="evidence">All of the learner's evidence records (any order; records of other activities are ignored).</param>
    /// <param name="heldDefinitions">Ids of the credential definitions the learner already holds (for stacking).</param>
    /// <param name="activityNames">Display names of activities, used in explanations; evidence names are the fallback.</param>
    /// <returns>The decision with its explanation.</returns>
    public static Decision Evaluate(
        CompiledCriteria criteria,
        IReadOnlyList<EvidenceRecord> evidence,
        IReadOnlySet<string>? heldDefinitions = null,
        IReadOnlyDictionary<ActivityKey, string>? activityNames = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(evidence);
        var leaves = criteria.Leaves;
        Span<int> chosen = leaves.Length <= 128 ? stackalloc int[leaves.Length] : new int[leaves.Length];
        Span<int> failed = leaves.Length <= 128 ? stackalloc int[leaves.Length] : new int[leaves.Length];
        chosen.Fill(-1);
        failed.Fill(-1);
        var byTarget = criteria.LeavesByTarget;
        for (var r = 0; r < evidence.Count; r++)
        {
            if (!byTarget.TryGetValue(evidence[r].Activity, out var indexes))
            {
                continue;
            }

            foreach (var i in indexes)
            {
                LeafSelection.Consider(leaves[i], evidence, r, ref chosen[i], ref failed[i]);
            }
        }

        var results = new RuleResult[leaves.Length];
        var used = new List<EvidenceRecord>();
        var held = heldDefinitions ?? NoCredentials;
        var root = Explain(criteria.Root, evidence, chosen, failed, held, activityNames, results);
        foreach (var result in results)
        {
            if (result.Outcome == DecisionOutcome.Met)
            {
                used.AddRange(result.Evidence);
            }
        }

        return new Decision(root.Outcome, root) { EvidenceUsed = used };
    }

    private static RuleResult Explain(
        CompiledNode node,
        IReadOnlyList<EvidenceRecord> evidence,
        ReadOnlySpan<int> chosen,
        ReadOnlySpan<int> failed,
        IReadOnlySet<string> held,
        IReadOnlyDictionary<ActivityKey, string>? names,
        RuleResult[] results)
    {
        if (node.LeafIndex >= 0)
        {
            var i = node.LeafIndex;
            var result = LeafJudge.Judge(
                (LeafRule)node.Rule,
                node.Path,
                chosen[i] >= 0 ? evidence[chosen[i]] : null,
                failed[i] >= 0 ? evidence[failed[i]] : null,
                held,
                names);
            results[i] = result;
            return result;
        }

        var children = new RuleResult[node.Children.Length];
        Span<DecisionOutcome> outcomes = children.Length <= 64 ? stackalloc DecisionOutcome[children.Length] : new DecisionOutcome[children.Length];
        for (var c = 0; c < children.Length; c++)
        {
            children[c] = Explain(node.Children[c], evidence, chosen, failed, held, names, results);
            outcomes[c] = children[c].Outcome;
        }

        var outcome = OutcomeCombiner.Combine(node.Rule, outcomes);
        return new RuleResult
        {
            Path = node.Path,
            Keyword = node.Rule.Keyword,
            Outcome = outcome,
            Requirement = node.Rule switch
            {
                AllRule => $"all of {children.Length} requirements",
                AnyRule => $"any of {children.Length} requirements",
                AtLeastRule atLeast => $"at least {atLeast.Count} of {children.Length} requirements",
                _ => node.Rule.Keyword,
            },
            Missing = outcome == DecisionOutcome.Met ? null : Missing(node.Rule, children),
            Children = children,
        };
    }

    private static string Missing(CriteriaRule rule, RuleResult[] children)
    {
        var met = children.Count(c => c.Outcome == DecisionOutcome.Met);
        var required = rule switch { AllRule => children.Length, AnyRule => 1, AtLeastRule a => a.Count, _ => children.Length };
        var open = children.Where(c => c.Outcome != DecisionOutcome.Met).Select(c => c.Missing).OfType<string>();
        return $"{met} of {required} required met; " + string.Join("; ", open);
    }
}
