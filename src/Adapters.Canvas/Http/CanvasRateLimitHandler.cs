using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Runs inside the retry strategy, so every attempt waits for its turn at the token's rate-limit gate and
/// reports the quota Canvas says is left.
/// </summary>
internal sealed class CanvasRateLimitHandler(ILogger<CanvasRateLimitHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gate = CanvasRequestContext.From(request).Gate;
        using var lease = await gate.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var throttled = await CanvasThrottleDetector.IsThrottledAsync(response, cancellationToken).ConfigureAwait(false);
        var remaining = CanvasRateLimitHeaders.ReadRemaining(response.Headers);
        gate.Observe(remaining, CanvasRateLimitHeaders.ReadCost(response.Headers), throttled);
        if (throttled)
        {
            Log.Throttled(logger, (int)response.StatusCode, remaining);
        }

        return response;
    }
}
