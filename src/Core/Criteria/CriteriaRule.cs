namespace Insignia.Core.Criteria;

/// <summary>
/// A node of a credential's rule. Rules have no negation, so they are monotone in their leaves: a leaf that
/// becomes met never makes the rule unmet. Parse rules from JSON with <see cref="CriteriaRuleParser"/>.
/// </summary>
public abstract record CriteriaRule
{
    private protected CriteriaRule()
    {
    }

    /// <summary>Gets the JSON keyword of this node (<c>all</c>, <c>score</c>, ...).</summary>
    public abstract string Keyword { get; }
}
