namespace Insignia.Core.Criteria;

/// <summary>Met when at least one child is met.</summary>
/// <param name="Children">The alternatives; at least one.</param>
public sealed record AnyRule(IReadOnlyList<CriteriaRule> Children) : CriteriaRule
{
    /// <inheritdoc/>
    public override string Keyword => "any";
}
