namespace Insignia.Host;

/// <summary>The host's log messages (event ids 2000-2999). Never tokens, secrets or learner personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Sync of {Connection}/{CourseId} started")]
    public static partial void SyncStarted(ILogger logger, string connection, string courseId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Sync of {Connection}/{CourseId} {Status}: {RecordsSeen} records seen, {RecordsChanged} changed, {LearnersEvaluated} learners re-evaluated")]
    public static partial void SyncFinished(ILogger logger, string connection, string courseId, string status, int recordsSeen, int recordsChanged, int learnersEvaluated);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Sync of {Connection}/{CourseId} failed with {ErrorCode}")]
    public static partial void SyncFailed(ILogger logger, string connection, string courseId, string errorCode);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Demo LMS seeded: connection {Connection}, course {CourseId}")]
    public static partial void DemoSeeded(ILogger logger, string connection, string courseId);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "LTI launch rejected by {Step} with {ErrorCode}")]
    public static partial void LaunchRejected(ILogger logger, string step, string errorCode);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "LTI launch accepted from {Issuer}, deployment {DeploymentId}, course {CourseKey}")]
    public static partial void LaunchAccepted(ILogger logger, string issuer, string deploymentId, string courseKey);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "JWKS of {Issuer} could not be fetched: {Reason}")]
    public static partial void JwksFetchFailed(ILogger logger, string issuer, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "LTI platform {Issuer} registered as {Name} through dynamic registration")]
    public static partial void PlatformRegistered(ILogger logger, string issuer, string name);

    [LoggerMessage(EventId = 2200, Level = LogLevel.Error, Message = "An issuance round failed; its leases expire and the rows are retried")]
    public static partial void IssuanceRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Credential {CredentialId} revoked")]
    public static partial void CredentialRevoked(ILogger logger, Guid credentialId);
}
