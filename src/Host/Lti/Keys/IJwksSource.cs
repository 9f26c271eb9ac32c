using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>Fetches a platform's JWKS. Throws <see cref="JwksUnavailableException"/> when it cannot.</summary>
internal interface IJwksSource
{
    Task<JsonWebKeySet> FetchAsync(string jwksUrl, CancellationToken cancellationToken);
}
