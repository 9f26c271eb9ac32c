namespace Insignia.Core.Evidence;

/// <summary>
/// One fact about one learner taken from a learning platform: a grade, a mastery level, a rubric level, a
/// completion or a participation signal. Records are identified by
/// (<see cref="Source"/>, <see cref="Activity"/>, <see cref="LearnerId"/>, <see cref="Attempt"/>).
/// </summary>
public sealed record EvidenceRecord
{
    /// <summary>Gets the name of the connection (source system) the record came from, e.g. <c>demo</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the learner's identifier in the source system (never a name or email).</summary>
    public required string LearnerId { get; init; }

    /// <summary>Gets the assessed activity, outcome or rubric criterion.</summary>
    public required ActivityKey Activity { get; init; }

    /// <summary>Gets what the record says.</summary>
    public required EvidenceKind Kind { get; init; }

    /// <summary>Gets the attempt identifier; empty for the single (final) record of an activity.</summary>
    /// <value>Defaults to the empty string.</value>
    public string Attempt { get; init; } = string.Empty;

    /// <summary>Gets the activity's display name as the platform shows it, used in explanations.</summary>
    public string? ActivityName { get; init; }

    /// <summary>Gets the raw value: points for a score, the level for mastery and rubric records.</summary>
    public double? RawValue { get; init; }

    /// <summary>Gets the maximum possible raw value (points possible, top level).</summary>
    public double? MaxValue { get; init; }

    /// <summary>Gets the completion state, for <see cref="EvidenceKind.Completion"/> records.</summary>
    public CompletionState? Completion { get; init; }

    /// <summary>Gets when the evidence was produced (graded, attempted, completed), in UTC.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>
    /// Gets a value indicating whether <see cref="OccurredAt"/> is only when a sync observed the value, because the
    /// source gives no time (LTI AGS results). Such a time is left out of <see cref="EvidenceContentHash"/>, so a
    /// re-sync of an unchanged value is not a change and the first observation is kept.
    /// </summary>
    /// <value>Defaults to false: the source said when.</value>
    public bool OccurredAtIsObservation { get; init; }

    /// <summary>Gets who assessed it (a grader id or <c>auto</c>), when the platform says.</summary>
    public string? Assessor { get; init; }

    /// <summary>Gets a short platform-specific qualifier (completion rule, participation type).</summary>
    public string? Detail { get; init; }

    /// <summary>Gets the score normalised to 0..1 (<see cref="RawValue"/> / <see cref="MaxValue"/>), when both are known.</summary>
    public double? NormalizedScore =>
        RawValue is { } raw && MaxValue is > 0 and var max ? Math.Clamp(raw / max, 0d, 1d) : null;

    /// <summary>
    /// Gets a value indicating whether this record is assessment evidence: a score, mastery or rubric level, or
    /// a pass/fail completion produced by a graded activity.
    /// </summary>
    public bool IsAssessment => Kind switch
    {
        EvidenceKind.Score or EvidenceKind.OutcomeMastery or EvidenceKind.RubricLevel => true,
        EvidenceKind.Completion => Completion is CompletionState.Passed or CompletionState.Failed,
        _ => false,
    };

    /// <summary>Gets the identity of this record as stored: source, activity, learner and attempt.</summary>
    public EvidenceKey Key => new(Source, Activity, LearnerId, Attempt);
}
