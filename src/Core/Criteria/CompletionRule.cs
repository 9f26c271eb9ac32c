using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>Met when an activity (or the course) is completed as required.</summary>
/// <param name="Activity">The activity or course.</param>
/// <param name="Requirement">Passed (assessment) or merely complete (participation).</param>
public sealed record CompletionRule(ActivityKey Activity, CompletionRequirement Requirement) : LeafRule
{
    /// <inheritdoc/>
    public override string Keyword => "completion";

    /// <inheritdoc/>
    public override ActivityKey? Target => Activity;

    /// <inheritdoc/>
    public override bool IsAssessment => Requirement == CompletionRequirement.Passed;
}
