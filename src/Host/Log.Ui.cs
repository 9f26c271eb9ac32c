namespace Insignia.Host;

/// <summary>Log messages of the course pages (event ids 2300-2349).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Error, Message = "Background sync of {Connection}/{CourseId} started from the course page failed")]
    public static partial void SyncRunnerFailed(ILogger logger, string connection, string courseId, Exception exception);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Definition {DefinitionId} v{Version} published from the course page of {CourseKey}")]
    public static partial void DefinitionPublished(ILogger logger, string definitionId, int version, string courseKey);
}
