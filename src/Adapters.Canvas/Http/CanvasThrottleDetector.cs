using System.Net;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Tells throttling apart from refusals. Canvas answers 429 since its 2025-10 release, and before that a 403
/// whose plain-text body is <c>403 Forbidden (Rate Limit Exceeded)</c>; a 403 with any other body is a
/// permission problem and must not be retried.
/// </summary>
internal static class CanvasThrottleDetector
{
    private const string RateLimitBodyMarker = "Rate Limit Exceeded";

    public static async ValueTask<bool> IsThrottledAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.Forbidden => await HasRateLimitBodyAsync(response, cancellationToken).ConfigureAwait(false),
            _ => false,
        };
    }

    private static async ValueTask<bool> HasRateLimitBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Buffered so the body can still be read by whoever reports the error afterwards.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Contains(RateLimitBodyMarker, StringComparison.OrdinalIgnoreCase);
    }
}
