namespace Insignia.Core.Achievements;

/// <summary>A learning outcome a credential certifies.</summary>
/// <param name="Id">A short id unique within the definition, e.g. <c>lo1</c>.</param>
/// <param name="Name">The outcome, as a learner-facing sentence.</param>
public sealed record LearningOutcome(string Id, string Name)
{
    /// <summary>Gets a longer description, when given.</summary>
    public string? Description { get; init; }
}
