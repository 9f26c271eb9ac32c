namespace Insignia.Host;

/// <summary>Log messages of the registrar (event ids 2460-2479). No learner ids or names.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2460, Level = LogLevel.Information, Message = "{Count} transcript entries approved")]
    public static partial void TranscriptEntriesApproved(ILogger logger, int count);

    [LoggerMessage(EventId = 2461, Level = LogLevel.Information, Message = "Transcript sync finished: {Synced} synced, {Failed} refused by the SIS")]
    public static partial void TranscriptSyncFinished(ILogger logger, int synced, int failed);
}
