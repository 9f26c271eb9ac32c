using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Met when the learner's mastery of a learning outcome or competency reaches a level.</summary>
/// <param name="Outcome">The outcome or competency.</param>
/// <param name="MinLevel">The minimum level, on the platform's scale.</param>
public sealed record MasteryRule(ActivityKey Outcome, double MinLevel) : LeafRule
{
    /// <summary>Gets which assessment of the outcome is judged.</summary>
    /// <value>Defaults to <see cref="AttemptPolicy.Best"/>.</value>
    public AttemptPolicy Attempts { get; init; }

    /// <inheritdoc/>
    public override string Keyword => "mastery";

    /// <inheritdoc/>
    public override ActivityKey? Target => Outcome;

    /// <inheritdoc/>
    public override bool IsAssessment => true;
}
