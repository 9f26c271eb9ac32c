using Insignia.Core.Criteria;

namespace Insignia.Host.Web.Course;

/// <summary>
/// A node of the rule builder: a group (all / any / at least n of its children) or a requirement (<see cref="Leaf"/>).
/// Field names follow the node's path: the root's children are <c>r0</c>, <c>r1</c>…, theirs <c>r0-0</c>, <c>r0-1</c>….
/// </summary>
internal sealed record RuleNode
{
    public const string All = "all";
    public const string Any = "any";
    public const string AtLeast = "atLeast";
    public const string GroupKind = "group";

    public RuleRow? Leaf { get; init; }

    public string Combine { get; init; } = All;

    public string Count { get; init; } = string.Empty;

    public IReadOnlyList<RuleNode> Children { get; init; } = [];

    public bool IsGroup => Leaf is null;

    public static RuleNode Blank() => new() { Leaf = new RuleRow(string.Empty, string.Empty, string.Empty, RuleRow.Percent) };

    public static RuleNode NewGroup() => new() { Children = [Blank(), Blank()] };

    /// <summary>The node showing <paramref name="rule"/>, whole: groups stay groups, every leaf a requirement.</summary>
    public static RuleNode From(CriteriaRule rule) => rule switch
    {
        AllRule all => new() { Combine = All, Children = [.. all.Children.Select(From)] },
        AnyRule any => new() { Combine = Any, Children = [.. any.Children.Select(From)] },
        AtLeastRule atLeast => new() { Combine = AtLeast, Count = atLeast.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Children = [.. atLeast.Children.Select(From)] },
        _ => new() { Leaf = RuleRow.From(rule) ?? throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule)) },
    };

    /// <summary>The field-name path of child <paramref name="index"/> of the node at <paramref name="path"/> (the root's path is empty).</summary>
    public static string ChildPath(string path, int index) => path.Length == 0 ? $"r{index}" : $"{path}-{index}";

    /// <summary>The person-facing number of a node, e.g. <c>r1-0</c> → 2.1.</summary>
    public static string Label(string path) => string.Join('.', Indexes(path).Select(i => i + 1));

    public static IReadOnlyList<int> Indexes(string path) => path.Length == 0
        ? []
        : [.. path[1..].Split('-').Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1)];

    public int NodeCount => 1 + Children.Sum(c => c.NodeCount);

    public int Depth => IsGroup ? 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Depth)) : 0;
}
