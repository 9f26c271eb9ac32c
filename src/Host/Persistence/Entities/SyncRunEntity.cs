namespace Insignia.Host.Persistence.Entities;

/// <summary>One run of a course sync and what it did.</summary>
internal sealed class SyncRunEntity
{
    public Guid Id { get; set; }

    public required string Connection { get; set; }

    public required string CourseId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string Status { get; set; }

    public int Pages { get; set; }

    public int RecordsSeen { get; set; }

    public int RecordsChanged { get; set; }

    public int LearnersEvaluated { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }
}
