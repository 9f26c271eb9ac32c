namespace Insignia.Host;

/// <summary>Log messages of the admin pages (event ids 2700-2749). Never tokens or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "Test of connection {Connection} ({Kind}) failed unexpectedly with {ErrorType}")]
    public static partial void ConnectionProbeFailed(ILogger logger, string connection, string kind, string errorType);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "Issuer {IssuerId} rotated its {Algorithm} key; new key {KeyId}")]
    public static partial void AdminKeyRotated(ILogger logger, string issuerId, string algorithm, string keyId);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Information, Message = "Issuer profile of {IssuerId} updated from the admin pages")]
    public static partial void AdminProfileUpdated(ILogger logger, string issuerId);
}
