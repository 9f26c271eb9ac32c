using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Met when the level reached on one rubric criterion is at least <paramref name="MinLevel"/> points.</summary>
/// <param name="Criterion">The rubric criterion.</param>
/// <param name="MinLevel">The minimum points on that criterion.</param>
public sealed record RubricRule(ActivityKey Criterion, double MinLevel) : LeafRule
{
    /// <summary>Gets which assessment is judged.</summary>
    /// <value>Defaults to <see cref="AttemptPolicy.Best"/>.</value>
    public AttemptPolicy Attempts { get; init; }

    /// <inheritdoc/>
    public override string Keyword => "rubric";

    /// <inheritdoc/>
    public override ActivityKey? Target => Criterion;

    /// <inheritdoc/>
    public override bool IsAssessment => true;
}
