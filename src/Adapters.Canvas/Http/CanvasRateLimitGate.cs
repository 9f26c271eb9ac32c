using Insignia.Adapters.Canvas.Configuration;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Paces the requests of one Canvas token against its leaky-bucket quota. Canvas reports the quota left
/// (<c>X-Rate-Limit-Remaining</c>) after each request and charges parallel requests a pre-flight penalty, so:
/// concurrency grows with the headroom above the low watermark (one extra request per penalty's worth), drops to
/// one below it, and a request that would take the bucket below the watermark (by the recent
/// <c>X-Request-Cost</c>) first waits until enough has leaked out.
/// </summary>
internal sealed class CanvasRateLimitGate(CanvasAdapterOptions options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private double? _remaining;
    private double _typicalCost;
    private int _inFlight;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private CanvasRateLimitStatistics _statistics = new();

    public CanvasRateLimitStatistics Statistics
    {
        get
        {
            lock (_lock)
            {
                return _statistics;
            }
        }
    }

    public int AllowedConcurrency
    {
        get
        {
            lock (_lock)
            {
                return Allowed();
            }
        }
    }

    public async ValueTask<Lease> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                wait = _notBefore > now ? _notBefore - now : TimeSpan.Zero;
                if (wait == TimeSpan.Zero && _inFlight < Allowed())
                {
                    _inFlight++;
                    _statistics = _statistics with { Requests = _statistics.Requests + 1, MaxInFlight = Math.Max(_statistics.MaxInFlight, _inFlight) };
                    return new Lease(this);
                }

                released = _released.Task;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                lock (_lock)
                {
                    _statistics = _statistics with { PacedWait = _statistics.PacedWait + wait };
                }
            }
            else
            {
                await released.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes in what a response said about the bucket.</summary>
    /// <param name="remaining">The <c>X-Rate-Limit-Remaining</c> value, when sent.</param>
    /// <param name="cost">The <c>X-Request-Cost</c> value, when sent.</param>
    /// <param name="throttled">Whether Canvas refused the request for throttling.</param>
    public void Observe(double? remaining, double? cost, bool throttled)
    {
        lock (_lock)
        {
            if (cost is > 0 and var charged)
            {
                // A moving average: list pages of one kind cost about the same, so the next one likely will too.
                _typicalCost = _typicalCost == 0 ? charged : (0.8 * _typicalCost) + (0.2 * charged);
            }

            if (throttled)
            {
                // A throttled answer means the bucket is full whatever the headers say.
                remaining = Math.Min(remaining ?? 0, 0);
                _statistics = _statistics with { ThrottledResponses = _statistics.ThrottledResponses + 1 };
            }

            if (remaining is not { } value)
            {
                return;
            }

            _remaining = value;
            _statistics = _statistics with { LowestRemaining = Math.Min(_statistics.LowestRemaining ?? value, value), TypicalCost = _typicalCost };
            var afterNext = value - _typicalCost;
            if (afterNext < options.RateLimitLowWatermark)
            {
                var drain = TimeSpan.FromSeconds((options.RateLimitLowWatermark - afterNext) / options.RateLimitLeakPerSecond);
                var until = time.GetUtcNow() + drain;
                _notBefore = until > _notBefore ? until : _notBefore;
            }
        }
    }

    private int Allowed()
    {
        if (_remaining is not { } remaining || remaining < options.RateLimitLowWatermark)
        {
            return 1;
        }

        var headroom = options.RequestPenalty <= 0
            ? options.MaxConcurrency
            : 1 + (int)Math.Floor((remaining - options.RateLimitLowWatermark) / options.RequestPenalty);
        return Math.Clamp(headroom, 1, options.MaxConcurrency);
    }

    private void Release()
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            _inFlight--;
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }

    /// <summary>A slot in flight; dispose it when the response has arrived.</summary>
    internal readonly struct Lease(CanvasRateLimitGate gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
