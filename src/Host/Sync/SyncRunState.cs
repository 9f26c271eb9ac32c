namespace Insignia.Host.Sync;

/// <summary>A sync started from the course page: its stage and counts while it runs, then its report.</summary>
internal sealed record SyncRunState(string Status, string Stage, int Pages, int RecordsSeen, int RecordsChanged)
{
    public SyncReport? Report { get; init; }

    public string? ErrorMessage { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
