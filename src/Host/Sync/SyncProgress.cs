namespace Insignia.Host.Sync;

/// <summary>Progress of a running sync, reported after every stored page.</summary>
internal sealed record SyncProgress(string Stage, int Pages, int RecordsSeen, int RecordsChanged);
