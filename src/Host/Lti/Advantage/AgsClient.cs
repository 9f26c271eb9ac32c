using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.Advantage;

/// <summary>LTI Assignment and Grade Services 2.0: line items, scores and results, following <c>Link: rel="next"</c>.</summary>
internal sealed class AgsClient(LtiServiceHttp http)
{
    public const string LineItemMediaType = "application/vnd.ims.lis.v2.lineitem+json";
    public const string LineItemContainerMediaType = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public const string ScoreMediaType = "application/vnd.ims.lis.v1.score+json";
    public const string ResultContainerMediaType = "application/vnd.ims.lis.v2.resultcontainer+json";

    public async IAsyncEnumerable<AgsLineItem> ListLineItemsAsync(LtiPlatform platform, string lineItemsUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var next = (Uri?)new Uri(lineItemsUrl); next is not null;)
        {
            using var response = await http.SendAsync(platform, [LtiClaims.ScopeLineItem], LtiServiceHttp.Get(next, LineItemContainerMediaType), cancellationToken);
            var page = await response.Content.ReadFromJsonAsync<List<AgsLineItem>>(LtiServiceHttp.Json, cancellationToken) ?? [];
            foreach (var item in page)
            {
                yield return item;
            }

            next = LinkHeader.Find(response, "next") is { } link ? new Uri(link) : null;
        }
    }

    public async Task<AgsLineItem> CreateLineItemAsync(LtiPlatform platform, string lineItemsUrl, AgsLineItem item, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(lineItemsUrl)) { Content = JsonContent(item, LineItemMediaType) };
        using var response = await http.SendAsync(platform, [LtiClaims.ScopeLineItem], request, cancellationToken);
        return await response.Content.ReadFromJsonAsync<AgsLineItem>(LtiServiceHttp.Json, cancellationToken) ?? item;
    }

    public async Task PostScoreAsync(LtiPlatform platform, string lineItemUrl, AgsScore score, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AgsUrls.WithPathSegment(lineItemUrl, "scores")) { Content = JsonContent(score, ScoreMediaType) };
        using var response = await http.SendAsync(platform, [LtiClaims.ScopeScore], request, cancellationToken);
    }

    public async IAsyncEnumerable<AgsResult> ListResultsAsync(LtiPlatform platform, string lineItemUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var next = (Uri?)AgsUrls.WithPathSegment(lineItemUrl, "results"); next is not null;)
        {
            using var response = await http.SendAsync(platform, [LtiClaims.ScopeResultReadOnly], LtiServiceHttp.Get(next, ResultContainerMediaType), cancellationToken);
            var page = await response.Content.ReadFromJsonAsync<List<AgsResult>>(LtiServiceHttp.Json, cancellationToken) ?? [];
            foreach (var result in page)
            {
                yield return result;
            }

            next = LinkHeader.Find(response, "next") is { } link ? new Uri(link) : null;
        }
    }

    private static StringContent JsonContent<T>(T value, string mediaType) =>
        new(JsonSerializer.Serialize(value, LtiServiceHttp.Json), Encoding.UTF8, mediaType);
}
