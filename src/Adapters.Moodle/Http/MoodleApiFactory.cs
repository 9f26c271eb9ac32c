using Refit;

namespace Insignia.Adapters.Moodle.Http;

/// <summary>Creates the Refit client for one connection's base URL on top of the named, resilient HttpClient.</summary>
internal sealed class MoodleApiFactory(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "Insignia.Adapters.Moodle";

    public IMoodleWebServiceApi Create(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var client = httpClients.CreateClient(HttpClientName);

        // Refit appends "/webservice/..." to the base path, so a site under a sub-path must not end with '/'.
        client.BaseAddress = new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns timeouts
        return RestService.For<IMoodleWebServiceApi>(client);
    }
}
