using Insignia.Adapters.Canvas.Configuration;
using Insignia.Adapters.Canvas.Http;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Adapters.Canvas.Tests.Http;

public sealed class CanvasRateLimitGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CanvasRateLimitGate _gate;

    public CanvasRateLimitGateTests() =>
        _gate = new CanvasRateLimitGate(new CanvasAdapterOptions { MaxConcurrency = 3, RateLimitLowWatermark = 200, RateLimitLeakPerSecond = 10, RequestPenalty = 50 }, _time);

    [Fact]
    public void AllowedConcurrency_BeforeAnyResponse_IsOne()
    {
        Assert.Equal(1, _gate.AllowedConcurrency);
    }

    [Theory]
    [InlineData(700, 3)]
    [InlineData(260, 2)]
    [InlineData(210, 1)]
    [InlineData(50, 1)]
    public void AllowedConcurrency_GrowsWithHeadroomAboveWatermark(double remaining, int expected)
    {
        _gate.Observe(remaining, cost: null, throttled: false);

        Assert.Equal(expected, _gate.AllowedConcurrency);
    }

    [Fact]
    public async Task AcquireAsync_BelowWatermark_WaitsUntilBucketDrainsBackToIt()
    {
        _gate.Observe(150, cost: null, throttled: false); // 50 units short: 5 s at 10 units/s

        var acquire = _gate.AcquireAsync(TestContext.Current.CancellationToken).AsTask();
        _time.Advance(TimeSpan.FromSeconds(4.9));
        var earlyDone = acquire.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(0.1));
        using var lease = await acquire;

        Assert.False(earlyDone);
    }

    [Fact]
    public async Task AcquireAsync_NextRequestsCostWouldCrossWatermark_WaitsForThatCostToLeak()
    {
        _gate.Observe(230, cost: 40, throttled: false); // 230 - 40 = 190: 10 units short, 1 s at 10 units/s

        var acquire = _gate.AcquireAsync(TestContext.Current.CancellationToken).AsTask();
        _time.Advance(TimeSpan.FromSeconds(0.9));
        var earlyDone = acquire.IsCompleted;
        _time.Advance(TimeSpan.FromSeconds(0.1));
        using var lease = await acquire;

        Assert.False(earlyDone);
    }

    [Fact]
    public async Task AcquireAsync_ComfortableBucket_DoesNotWait()
    {
        _gate.Observe(650, cost: null, throttled: false);

        var acquire = _gate.AcquireAsync(TestContext.Current.CancellationToken).AsTask();

        Assert.True(acquire.IsCompletedSuccessfully);
        (await acquire).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_AllSlotsTaken_WaitsForARelease()
    {
        _gate.Observe(700, cost: null, throttled: false);
        var held = new[] { await _gate.AcquireAsync(TestContext.Current.CancellationToken), await _gate.AcquireAsync(TestContext.Current.CancellationToken), await _gate.AcquireAsync(TestContext.Current.CancellationToken) };

        var fourth = _gate.AcquireAsync(TestContext.Current.CancellationToken).AsTask();
        var waitedForSlot = !fourth.IsCompleted;
        held[0].Dispose();
        (await fourth).Dispose();

        Assert.True(waitedForSlot);
        held[1].Dispose();
        held[2].Dispose();
    }

    [Fact]
    public void Observe_ThrottledResponse_DropsToOneRequestAtATimeAndCountsIt()
    {
        _gate.Observe(700, cost: null, throttled: false);

        _gate.Observe(null, cost: null, throttled: true);

        Assert.Equal((1, 1L, 0.0), (_gate.AllowedConcurrency, _gate.Statistics.ThrottledResponses, _gate.Statistics.LowestRemaining!.Value));
    }
}
