using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Met when the learner's score on an activity reaches a fraction of the maximum or a number of points.</summary>
/// <param name="Activity">The graded activity.</param>
public sealed record ScoreRule(ActivityKey Activity) : LeafRule
{
    /// <summary>Gets the minimum score as a fraction of the maximum (0..1), when the threshold is relative.</summary>
    public double? MinFraction { get; init; }

    /// <summary>Gets the minimum score in points, when the threshold is absolute.</summary>
    public double? MinPoints { get; init; }

    /// <summary>Gets which attempt is judged.</summary>
    /// <value>Defaults to <see cref="AttemptPolicy.Best"/>.</value>
    public AttemptPolicy Attempts { get; init; }

    /// <inheritdoc/>
    public override string Keyword => "score";

    /// <inheritdoc/>
    public override ActivityKey? Target => Activity;

    /// <inheritdoc/>
    public override bool IsAssessment => true;
}
