namespace Insignia.Adapters.Moodle.Http;

/// <summary>
/// Limits the requests in flight per site. It sits outside the resilience handler, so the time spent waiting for
/// a slot does not count against the attempt timeout, and a site that is backing off keeps its slots.
/// </summary>
internal sealed class MoodleConcurrencyHandler(MoodleSiteLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gate = limiter.For(request.RequestUri ?? throw new InvalidOperationException("The request has no URI."));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
