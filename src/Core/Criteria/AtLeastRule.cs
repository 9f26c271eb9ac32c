namespace Insignia.Core.Criteria;

/// <summary>Met when at least <paramref name="Count"/> children are met.</summary>
/// <param name="Count">How many children must be met, between 1 and the number of children.</param>
/// <param name="Children">The candidates.</param>
public sealed record AtLeastRule(int Count, IReadOnlyList<CriteriaRule> Children) : CriteriaRule
{
    /// <inheritdoc/>
    public override string Keyword => "atLeast";
}
