namespace Insignia.Core.Criteria;

/// <summary>Combines child outcomes; every combination is monotone in NotMet &lt; Pending &lt; Met.</summary>
internal static class OutcomeCombiner
{
    public static DecisionOutcome Combine(CriteriaRule rule, ReadOnlySpan<DecisionOutcome> children)
    {
        var met = 0;
        var pending = 0;
        foreach (var child in children)
        {
            if (child == DecisionOutcome.Met)
            {
                met++;
            }
            else if (child == DecisionOutcome.Pending)
            {
                pending++;
            }
        }

        var required = rule switch
        {
            AllRule => children.Length,
            AnyRule => 1,
            AtLeastRule atLeast => atLeast.Count,
            _ => throw new ArgumentException($"{rule.Keyword} is not a combinator.", nameof(rule)),
        };

        if (met >= required)
        {
            return DecisionOutcome.Met;
        }

        return met + pending >= required ? DecisionOutcome.Pending : DecisionOutcome.NotMet;
    }

    /// <summary>Evaluates a compiled tree given each leaf's outcome.</summary>
    public static DecisionOutcome Evaluate(CompiledNode node, Func<int, DecisionOutcome> leafOutcome)
    {
        if (node.LeafIndex >= 0)
        {
            return leafOutcome(node.LeafIndex);
        }

        Span<DecisionOutcome> outcomes = node.Children.Length <= 64
            ? stackalloc DecisionOutcome[node.Children.Length]
            : new DecisionOutcome[node.Children.Length];
        for (var i = 0; i < node.Children.Length; i++)
        {
            outcomes[i] = Evaluate(node.Children[i], leafOutcome);
        }

        return Combine(node.Rule, outcomes);
    }
}
