namespace Insignia.Host.Sync;

/// <summary>States of a sync run.</summary>
internal static class SyncStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
