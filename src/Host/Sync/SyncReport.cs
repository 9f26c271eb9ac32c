namespace Insignia.Host.Sync;

/// <summary>What a sync run did.</summary>
internal sealed record SyncReport(
    Guid RunId,
    string Status,
    int Pages,
    int RecordsSeen,
    int RecordsChanged,
    int LearnersEvaluated,
    string? ErrorCode = null,
    string? ErrorMessage = null)
{
    public bool Succeeded => Status == SyncStatus.Succeeded;
}
