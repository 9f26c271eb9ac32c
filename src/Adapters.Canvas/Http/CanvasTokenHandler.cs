using System.Net.Http.Headers;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with the connection's token, and refuses to send it to any origin other
/// than the connection's base URL (next-page links come from the server and are followed as given).
/// </summary>
internal sealed class CanvasTokenHandler(ISecretStore secrets) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = CanvasRequestContext.From(request);
        var baseUrl = context.Connection.BaseUrl;
        if (request.RequestUri is not { } target || !CanvasOrigin.Same(target, baseUrl))
        {
            throw new EvidenceSourceException(
                $"Canvas connection '{context.Connection.Name}' was asked to call {CanvasOrigin.Describe(request.RequestUri)}, " +
                $"which is not its base URL {CanvasOrigin.Describe(baseUrl)}; the token is only ever sent to the base URL.")
            {
                Platform = PlatformKind.Canvas,
                Code = CanvasErrors.ForeignNextLink,
            };
        }

        var token = await context.GetTokenAsync(secrets, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
