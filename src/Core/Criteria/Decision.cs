using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>The judgement of one learner against one credential rule, with its full explanation.</summary>
/// <param name="Outcome">Met, NotMet or Pending.</param>
/// <param name="Explanation">The judged rule tree.</param>
public sealed record Decision(DecisionOutcome Outcome, RuleResult Explanation)
{
    /// <summary>Gets the evidence records behind every met leaf: what a credential's results and evidence cite.</summary>
    public IReadOnlyList<EvidenceRecord> EvidenceUsed { get; init; } = [];

    /// <summary>Gets the leaf results in rule order (depth first).</summary>
    /// <returns>Every leaf of the explanation.</returns>
    public IEnumerable<RuleResult> Leaves()
    {
        var stack = new Stack<RuleResult>();
        stack.Push(Explanation);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Children.Count == 0)
            {
                yield return node;
                continue;
            }

            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }
}
