namespace Insignia.Adapters.Canvas.Http;

/// <summary>What a rate-limit gate has seen: for logs, load tests and the performance report.</summary>
internal sealed record CanvasRateLimitStatistics
{
    public long Requests { get; init; }

    public long ThrottledResponses { get; init; }

    public double? LowestRemaining { get; init; }

    public int MaxInFlight { get; init; }

    public TimeSpan PacedWait { get; init; }

    public double TypicalCost { get; init; }
}
