namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// The outermost handler of a per-connection client: stamps each request with its connection context so the
/// shared, pooled pipeline (token, resilience, pacing) knows which token and which rate-limit bucket to use.
/// </summary>
internal sealed class CanvasConnectionHandler(CanvasRequestContext context, HttpMessageHandler pipeline)
    : DelegatingHandler(pipeline)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(CanvasRequestContext.Key, context);
        return base.SendAsync(request, cancellationToken);
    }

}
