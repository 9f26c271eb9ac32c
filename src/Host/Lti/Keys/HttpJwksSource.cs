using System.Text.Json;
using Insignia.Core.Ports;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>
/// Fetches JWKS over HTTPS. A <c>local:{owner}</c> URL (the built-in demo platform) reads the owner's public keys
/// from the key store instead of looping back over HTTP; validation is the same either way.
/// </summary>
internal sealed class HttpJwksSource(IHttpClientFactory clients, IServiceScopeFactory scopes) : IJwksSource
{
    public const string HttpClientName = "lti";
    public const string LocalScheme = "local:";

    public async Task<JsonWebKeySet> FetchAsync(string jwksUrl, CancellationToken cancellationToken)
    {
        if (jwksUrl.StartsWith(LocalScheme, StringComparison.Ordinal))
        {
            await using var scope = scopes.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<IKeyStore>().ListPublicKeysAsync(jwksUrl[LocalScheme.Length..], cancellationToken);
            return new JsonWebKeySet(JsonSerializer.Serialize(RsaJwk.ToJwks(keys)));
        }

        try
        {
            using var response = await clients.CreateClient(HttpClientName).GetAsync(new Uri(jwksUrl), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new JwksUnavailableException($"the JWKS endpoint answered HTTP {(int)response.StatusCode}");
            }

            return new JsonWebKeySet(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (Exception ex) when (LtiHttpFailure.IsUnreachable(ex, cancellationToken))
        {
            throw new JwksUnavailableException("the JWKS endpoint could not be reached in time", ex);
        }
        catch (ArgumentException ex)
        {
            throw new JwksUnavailableException("the JWKS endpoint did not return a JSON Web Key Set", ex);
        }
    }
}
