using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Insignia.Core.Ports;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Advantage;

/// <summary>
/// OAuth2 client credentials with a signed JWT assertion (RFC 7523, tool RS256 key) against the platform's token
/// endpoint. Tokens are cached per (registration, scopes) until shortly before they expire.
/// </summary>
internal sealed class LtiTokenClient(IHttpClientFactory clients, IServiceScopeFactory scopes, SigningCredentialsCache credentials, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);

    public async Task<string> GetAccessTokenAsync(LtiPlatform platform, IEnumerable<string> scopeList, CancellationToken cancellationToken)
    {
        var scope = string.Join(' ', scopeList.Order(StringComparer.Ordinal));
        var key = $"{platform.Name}\n{scope}";
        var now = time.GetUtcNow();
        if (_tokens.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
        {
            return cached.Token;
        }

        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = await CreateAssertionAsync(platform, now, cancellationToken),
            ["scope"] = scope,
        };
        using var content = new FormUrlEncodedContent(form);
        HttpResponseMessage sent;
        try
        {
            sent = await clients.CreateClient(HttpJwksSource.HttpClientName).PostAsync(new Uri(platform.TokenUrl), content, cancellationToken);
        }
        catch (Exception ex) when (LtiHttpFailure.IsUnreachable(ex, cancellationToken))
        {
            throw new EvidenceSourceException($"The token endpoint of {platform.Issuer} could not be reached.", ex) { Platform = PlatformKind.LtiAdvantage, Code = "token_unreachable", IsTransient = true };
        }

        using var response = sent;
        if (!response.IsSuccessStatusCode)
        {
            throw new EvidenceSourceException($"The token endpoint of {platform.Issuer} refused the tool's client credentials (HTTP {(int)response.StatusCode}). Check the client id and that the platform knows Insignia's JWKS URL.")
            {
                Platform = PlatformKind.LtiAdvantage,
                Code = "token_refused",
                StatusCode = (int)response.StatusCode,
            };
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new EvidenceSourceException($"The token endpoint of {platform.Issuer} returned no token.") { Platform = PlatformKind.LtiAdvantage, Code = "token_refused" };
        var lifetime = TimeSpan.FromSeconds(Math.Max(body.ExpiresIn ?? 3600, 60));
        _tokens[key] = (body.AccessToken, now + lifetime - TimeSpan.FromSeconds(30));
        return body.AccessToken;
    }

    private async Task<string> CreateAssertionAsync(LtiPlatform platform, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signing = await credentials.GetAsync(scope.ServiceProvider.GetRequiredService<IKeyStore>(), SigningCredentialsCache.ToolOwner, cancellationToken);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = platform.ClientId,
            Audience = platform.TokenUrl,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = platform.ClientId,
                ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
            },
            SigningCredentials = signing,
        });
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
