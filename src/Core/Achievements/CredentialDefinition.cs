using Insignia.Core.Criteria;

namespace Insignia.Core.Achievements;

/// <summary>
/// A credential an instructor defines for a course: the achievement it certifies and the rule that decides who
/// earns it. Definitions are versioned; an issued credential names the version it was judged against.
/// </summary>
public sealed record CredentialDefinition
{
    /// <summary>Gets the definition's id: lower-case letters, digits and dashes, e.g. <c>obp101-fundamentos</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the version, starting at 1 and increasing with every published change.</summary>
    /// <value>Defaults to 1.</value>
    public int Version { get; init; } = 1;

    /// <summary>Gets the course the credential belongs to, as <c>connection/courseId</c>.</summary>
    public required string CourseKey { get; init; }

    /// <summary>Gets the achievement's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the achievement's description.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the human-readable criteria narrative (OB 3.0 <c>criteria.narrative</c>).</summary>
    public required string CriteriaNarrative { get; init; }

    /// <summary>Gets the learning outcomes the credential certifies.</summary>
    public IReadOnlyList<LearningOutcome> LearningOutcomes { get; init; } = [];

    /// <summary>Gets alignments to external frameworks.</summary>
    public IReadOnlyList<Alignment> Alignments { get; init; } = [];

    /// <summary>Gets the academic credits the credential is worth, when any.</summary>
    public decimal? Credits { get; init; }

    /// <summary>Gets the expected workload in hours, when given.</summary>
    public double? WorkloadHours { get; init; }

    /// <summary>Gets how the learning is assessed, e.g. <c>Exam</c>, <c>Project</c>, <c>Portfolio</c>.</summary>
    public string? AssessmentType { get; init; }

    /// <summary>Gets the language of the achievement's texts (BCP 47).</summary>
    /// <value>Defaults to <c>es-MX</c>.</value>
    public string Language { get; init; } = "es-MX";

    /// <summary>Gets how long an issued credential is valid, or <see langword="null"/> when it does not expire.</summary>
    public ValidityPeriod? Validity { get; init; }

    /// <summary>Gets the OB 3.0 achievement type, e.g. <c>Badge</c>, <c>MicroCredential</c>, <c>Certificate</c>.</summary>
    /// <value>Defaults to <c>MicroCredential</c>.</value>
    public string AchievementType { get; init; } = "MicroCredential";

    /// <summary>Gets the rule that decides who earns the credential.</summary>
    public required CriteriaRule Rule { get; init; }
}
