namespace Insignia.Benchmarks.Canvas;

/// <summary>
/// Canvas's per-token leaky bucket as documented in doc/api/throttling.md: each request adds a pre-flight penalty
/// while it runs and its cost when it ends; the bucket leaks at a constant rate; a request that would overflow it
/// is throttled. Remaining = capacity - level.
/// </summary>
internal sealed class SimulatedCanvasBucket(double capacity, double leakPerSecond, double penalty, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _level;
    private DateTimeOffset _last = time.GetUtcNow();

    public double LowestRemaining { get; private set; } = double.PositiveInfinity;

    public long Throttled { get; private set; }

    public int MaxInFlight { get; private set; }

    private int InFlight { get; set; }

    /// <summary>Admits a request, or refuses it when its penalty would overflow the bucket.</summary>
    /// <returns>Whether the request may run.</returns>
    public bool TryStart()
    {
        lock (_lock)
        {
            Leak();
            if (_level + penalty > capacity)
            {
                Throttled++;
                return false;
            }

            _level += penalty;
            InFlight++;
            MaxInFlight = Math.Max(MaxInFlight, InFlight);
            LowestRemaining = Math.Min(LowestRemaining, capacity - _level);
            return true;
        }
    }

    /// <summary>Ends a request: refunds its penalty and charges its cost.</summary>
    /// <returns>The quota remaining, as sent in <c>X-Rate-Limit-Remaining</c>.</returns>
    public double Finish(double cost)
    {
        lock (_lock)
        {
            Leak();
            InFlight--;
            _level = Math.Max(0, _level - penalty + cost);
            var remaining = capacity - _level;
            LowestRemaining = Math.Min(LowestRemaining, remaining);
            return remaining;
        }
    }

    public double Remaining()
    {
        lock (_lock)
        {
            Leak();
            return capacity - _level;
        }
    }

    private void Leak()
    {
        var now = time.GetUtcNow();
        _level = Math.Max(0, _level - ((now - _last).TotalSeconds * leakPerSecond));
        _last = now;
    }
}
