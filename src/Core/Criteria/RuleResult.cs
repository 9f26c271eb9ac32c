using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>How one node of a rule was judged, with the evidence behind it and what is missing.</summary>
public sealed record RuleResult
{
    /// <summary>Gets the node's JSON path in the rule, e.g. <c>$.all[1]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the node's keyword (<c>all</c>, <c>score</c>, ...).</summary>
    public required string Keyword { get; init; }

    /// <summary>Gets the node's outcome.</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Gets what the node requires, in English (the host renders other languages from the structured fields).</summary>
    public required string Requirement { get; init; }

    /// <summary>Gets, for a node that is not met, what is missing, e.g. <c>needs ≥ 80% on Quiz 3, has 65%</c>.</summary>
    public string? Missing { get; init; }

    /// <summary>Gets the activity a leaf reads.</summary>
    public ActivityKey? Target { get; init; }

    /// <summary>Gets the activity's display name, from the evidence or the catalog.</summary>
    public string? TargetName { get; init; }

    /// <summary>Gets the required value of a leaf: a fraction (0..1), points or a level, per <see cref="Unit"/>.</summary>
    public double? Required { get; init; }

    /// <summary>Gets the learner's value for a leaf, in the same unit, when there is evidence.</summary>
    public double? Actual { get; init; }

    /// <summary>Gets the unit of <see cref="Required"/> and <see cref="Actual"/>: <c>fraction</c>, <c>points</c> or <c>level</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the evidence records the leaf judged.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence { get; init; } = [];

    /// <summary>Gets the results of the child nodes.</summary>
    public IReadOnlyList<RuleResult> Children { get; init; } = [];
}
