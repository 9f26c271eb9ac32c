using Insignia.Core.Evidence;

namespace Insignia.Host.Persistence.Entities;

/// <summary>A stored evidence record; unique on (source, activity, learner, attempt).</summary>
internal sealed class EvidenceEntity
{
    public long Id { get; set; }

    public required string Source { get; set; }

    public required string CourseId { get; set; }

    public required string Activity { get; set; }

    public required string LearnerExternalId { get; set; }

    public string Attempt { get; set; } = string.Empty;

    public EvidenceKind Kind { get; set; }

    public string? ActivityName { get; set; }

    public double? RawValue { get; set; }

    public double? MaxValue { get; set; }

    public CompletionState? Completion { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? Assessor { get; set; }

    public string? Detail { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
