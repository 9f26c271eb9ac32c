using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle;

/// <summary>
/// The adapter's log messages (event ids 3000-3999). Never logs tokens, passwords, learner names or emails, or
/// raw payloads: only function names, course ids, error codes and counts.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Moodle returned a warning for {Function}: code {WarningCode}, item {Item} {ItemId}")]
    public static partial void MoodleWarning(ILogger logger, string function, string? warningCode, string? item, long? itemId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Moodle feature {Feature} is unavailable for connection {Connection}: missing {Functions}")]
    public static partial void FeatureDegraded(ILogger logger, string feature, string connection, string functions);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Moodle sync of course {CourseId} on {Connection} started (incremental: {Incremental})")]
    public static partial void SyncStarted(ILogger logger, string connection, string courseId, bool incremental);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Moodle sync of course {CourseId} on {Connection} finished: {Records} records, {Requests} requests")]
    public static partial void SyncFinished(ILogger logger, string connection, string courseId, int records, int requests);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Moodle step {Step} of course {CourseId} stopped early: {Code}")]
    public static partial void StepDegraded(ILogger logger, string step, string courseId, string code);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Moodle skipped one learner in step {Step} of course {CourseId}: {Code}")]
    public static partial void LearnerSkipped(ILogger logger, string step, string courseId, string code);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Moodle token obtained from login/token.php for connection {Connection}")]
    public static partial void TokenObtained(ILogger logger, string connection);
}
