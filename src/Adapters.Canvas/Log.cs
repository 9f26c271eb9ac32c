using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Canvas;

/// <summary>The Canvas adapter's log messages (event ids 4000-4999). Never logs tokens, names or payloads.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Canvas throttled a request (HTTP {StatusCode}); quota left {Remaining}")]
    public static partial void Throttled(ILogger logger, int statusCode, double? remaining);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Retrying a Canvas request after {Outcome}, attempt {Attempt}, in {Delay}")]
    public static partial void Retrying(ILogger logger, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Canvas circuit opened for {BreakDuration} after repeated failures")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Canvas sync of course {CourseId} on {Connection} started (incremental: {Incremental})")]
    public static partial void SyncStarted(ILogger logger, string connection, string courseId, bool incremental);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Canvas sync of course {CourseId} on {Connection} finished: {Records} records")]
    public static partial void SyncFinished(ILogger logger, string connection, string courseId, long records);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Canvas course {CourseId} on {Connection}: {Feature} skipped ({Code})")]
    public static partial void FeatureSkipped(ILogger logger, string connection, string courseId, string feature, string code);

}
