using System.Net.Http.Headers;
using System.Text.Json;
using Insignia.Core.Ports;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Lti.Advantage;

/// <summary>Sends LTI Advantage service calls with a client-credentials bearer token; failures become <see cref="EvidenceSourceException"/>.</summary>
internal sealed class LtiServiceHttp(IHttpClientFactory clients, LtiTokenClient tokens)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public async Task<HttpResponseMessage> SendAsync(LtiPlatform platform, IEnumerable<string> scopes, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAccessTokenAsync(platform, scopes, cancellationToken));
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpJwksSource.HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (LtiHttpFailure.IsUnreachable(ex, cancellationToken))
        {
            throw new EvidenceSourceException($"{platform.Issuer} could not be reached for {request.RequestUri?.AbsolutePath}.", ex) { Platform = PlatformKind.LtiAdvantage, IsTransient = true };
        }

        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter?.Delta;
            response.Dispose();
            throw new EvidenceSourceException($"{platform.Issuer} answered HTTP {status} to {request.Method} {request.RequestUri?.AbsolutePath}. Check that the tool's registration grants the LTI Advantage scopes.")
            {
                Platform = PlatformKind.LtiAdvantage,
                Code = status is 401 or 403 ? "insufficient_permissions" : "service_failed",
                StatusCode = status,
                RetryAfter = retryAfter,
                IsTransient = status is 429 or >= 500,
            };
        }

        return response;
    }

    public static HttpRequestMessage Get(Uri url, params string[] accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var type in accept)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
        }

        return request;
    }
}
