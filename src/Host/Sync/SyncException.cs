namespace Insignia.Host.Sync;

/// <summary>A sync cannot start: the connection or its adapter is missing. The message says what to do.</summary>
internal sealed class SyncException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
