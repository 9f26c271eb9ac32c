using System.Net.Http.Headers;
using Insignia.Adapters.Canvas.Configuration;
using Insignia.Core.Ports;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>
/// Builds a connection's clients: its base URL and User-Agent on an HttpClient whose handler is the shared,
/// pooled Canvas pipeline (token, resilience, pacing) behind a handler that names the connection.
/// </summary>
internal sealed class CanvasClientFactory(
    IHttpMessageHandlerFactory handlers,
    IOptions<CanvasAdapterOptions> options,
    CanvasRateLimitRegistry gates)
{
    public CanvasClient Create(SourceConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var baseUrl = connection.BaseUrl;
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttps && !(baseUrl.Scheme == Uri.UriSchemeHttp && options.Value.AllowInsecureHttp)))
        {
            throw new EvidenceSourceException(
                $"Canvas connection '{connection.Name}' has base URL {CanvasOrigin.Describe(baseUrl)}; use an https:// URL " +
                "such as https://school.instructure.com so the access token is never sent in clear text.")
            {
                Platform = PlatformKind.Canvas,
                Code = CanvasErrors.InsecureBaseUrl,
            };
        }

        var context = new CanvasRequestContext(connection, gates.For(connection));
        var handler = new CanvasConnectionHandler(context, handlers.CreateHandler(CanvasConstants.HttpClientName));

        // disposeHandler: false, because the inner pipeline is pooled by IHttpClientFactory.
        var http = new HttpClient(handler, disposeHandler: false)
        {
            BaseAddress = new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"),
            Timeout = Timeout.InfiniteTimeSpan, // the resilience pipeline owns timeouts
        };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(options.Value.UserAgent);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new CanvasClient(http, context);
    }
}
