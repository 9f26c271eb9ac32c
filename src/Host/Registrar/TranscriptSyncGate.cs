namespace Insignia.Host.Registrar;

/// <summary>One transcript sync at a time in this process, so two clicks on "sync" never post the same entry twice at once.</summary>
internal sealed class TranscriptSyncGate : IDisposable
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);

    public void Dispose() => Semaphore.Dispose();
}
