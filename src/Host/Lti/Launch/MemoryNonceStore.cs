using System.Collections.Concurrent;

namespace Insignia.Host.Lti.Launch;

/// <summary>
/// Used nonces in memory with a time to live. Enough for one instance: a nonce is also bound to the browser's
/// login ticket, which a replay from another browser does not have.
/// </summary>
internal sealed class MemoryNonceStore(TimeProvider time) : INonceStore
{
    private const int PurgeEvery = 1_024;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);
    private int _inserts;

    public ValueTask<bool> TryConsumeAsync(string platform, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _inserts) % PurgeEvery == 0)
        {
            foreach (var (usedKey, expiry) in _used)
            {
                if (expiry < now)
                {
                    _used.TryRemove(usedKey, out _);
                }
            }
        }

        var key = string.Concat(platform, "\n", nonce);
        if (_used.TryAdd(key, expiresAt))
        {
            return ValueTask.FromResult(true);
        }

        if (_used.TryGetValue(key, out var previous) && previous < now && _used.TryUpdate(key, expiresAt, previous))
        {
            return ValueTask.FromResult(true); // the earlier use expired long ago; the lifetime check already bounds replays
        }

        return ValueTask.FromResult(false);
    }
}
