namespace Insignia.Host.Registrar;

/// <summary>What one sync run did: entries now in the SIS, and entries the SIS refused (kept for a retry, with the error).</summary>
internal sealed record TranscriptSyncSummary(int Synced, int Failed);
