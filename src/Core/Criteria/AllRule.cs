namespace Insignia.Core.Criteria;

/// <summary>Met when every child is met.</summary>
/// <param name="Children">The rules that must all be met; at least one.</param>
public sealed record AllRule(IReadOnlyList<CriteriaRule> Children) : CriteriaRule
{
    /// <inheritdoc/>
    public override string Keyword => "all";
}
