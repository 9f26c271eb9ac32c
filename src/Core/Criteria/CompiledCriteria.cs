using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>
/// A rule prepared once for evaluating many learners: leaves are numbered and indexed by the activity they
/// read, so evaluating a learner is one pass over their evidence.
/// </summary>
public sealed class CompiledCriteria
{
    private CompiledCriteria(CriteriaRule rule, CompiledNode root, LeafRule[] leaves, Dictionary<ActivityKey, int[]> leavesByTarget)
    {
        Rule = rule;
        Root = root;
        Leaves = leaves;
        LeavesByTarget = leavesByTarget;
    }

    /// <summary>Gets the rule this was compiled from.</summary>
    public CriteriaRule Rule { get; }

    internal CompiledNode Root { get; }

    internal LeafRule[] Leaves { get; }

    internal Dictionary<ActivityKey, int[]> LeavesByTarget { get; }

    /// <summary>Compiles a rule.</summary>
    /// <param name="rule">A parsed rule.</param>
    /// <param name="rootPath">The JSON path of the rule in its document, used in explanations and errors.</param>
    /// <returns>The compiled rule, safe to share between threads.</returns>
    public static CompiledCriteria Compile(CriteriaRule rule, string rootPath = "$")
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(rootPath);
        var leaves = new List<LeafRule>();
        var root = Build(rule, rootPath, leaves);
        var byTarget = new Dictionary<ActivityKey, List<int>>();
        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i].Target is { } target)
            {
                if (!byTarget.TryGetValue(target, out var list))
                {
                    byTarget[target] = list = [];
                }

                list.Add(i);
            }
        }

        return new CompiledCriteria(rule, root, [.. leaves], byTarget.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private static CompiledNode Build(CriteriaRule rule, string path, List<LeafRule> leaves)
    {
        switch (rule)
        {
            case LeafRule leaf:
                leaves.Add(leaf);
                return new CompiledNode(rule, path, leaves.Count - 1, []);
            case AllRule all:
                return new CompiledNode(rule, path, -1, BuildChildren(all.Children, $"{path}.all", leaves));
            case AnyRule any:
                return new CompiledNode(rule, path, -1, BuildChildren(any.Children, $"{path}.any", leaves));
            case AtLeastRule atLeast:
                return new CompiledNode(rule, path, -1, BuildChildren(atLeast.Children, $"{path}.atLeast.of", leaves));
            default:
                throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule));
        }
    }

    private static CompiledNode[] BuildChildren(IReadOnlyList<CriteriaRule> children, string path, List<LeafRule> leaves)
    {
        var nodes = new CompiledNode[children.Count];
        for (var i = 0; i < children.Count; i++)
        {
            nodes[i] = Build(children[i], $"{path}[{i}]", leaves);
        }

        return nodes;
    }
}
