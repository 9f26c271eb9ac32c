using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>
/// Met when the learner participated in an activity (viewed, attended, marked done). Never enough on its own:
/// the attendance guard refuses a rule that such leaves can satisfy without assessment.
/// </summary>
/// <param name="Activity">The activity.</param>
public sealed record ParticipationRule(ActivityKey Activity) : LeafRule
{
    /// <inheritdoc/>
    public override string Keyword => "participation";

    /// <inheritdoc/>
    public override ActivityKey? Target => Activity;

    /// <inheritdoc/>
    public override bool IsAssessment => false;
}
