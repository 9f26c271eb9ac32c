using System.Security.Cryptography;
using Insignia.Core.Ports;
using Insignia.Host.Lti.Keys;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>
/// The demo platform's OAuth2 side: checks the tool's client-credentials JWT assertion against the tool's JWKS and
/// issues short-lived access tokens (JWTs signed with the demo platform key, so any Host instance can check them).
/// </summary>
internal sealed class DemoPlatformTokens(IKeyStore keys, IJwksSource jwks, SigningCredentialsCache credentials, TimeProvider time)
{
    public const string ServiceAudience = DemoPlatformSettings.Issuer + "/services";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly JsonWebTokenHandler Handler = new();
    private static readonly string[] Allowed =
        [LtiClaims.ScopeLineItem, LtiClaims.ScopeLineItemReadOnly, LtiClaims.ScopeResultReadOnly, LtiClaims.ScopeScore, LtiClaims.ScopeMembership];

    /// <summary>Returns the access token, or the OAuth2 error code and why.</summary>
    public async Task<(string? Token, string? Error, string? Description)> IssueAsync(IFormCollection form, string tokenUrl, CancellationToken cancellationToken)
    {
        if (form["grant_type"] != "client_credentials" || form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        {
            return (null, "unsupported_grant_type", "Use client_credentials with a jwt-bearer client assertion.");
        }

        var toolKeys = (await jwks.FetchAsync(HttpJwksSource.LocalScheme + SigningCredentialsCache.ToolOwner, cancellationToken)).Keys.Select(RsaKeys.GetOrAdd).ToList();
        var assertion = await Handler.ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
        {
            ValidIssuer = DemoPlatformSettings.ClientId,
            ValidAudience = tokenUrl,
            IssuerSigningKeys = toolKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            LifetimeValidator = (notBefore, expires, _, _) => LifetimeValid(notBefore, expires),
        });
        if (!assertion.IsValid || assertion.ClaimsIdentity.FindFirst("sub")?.Value != DemoPlatformSettings.ClientId)
        {
            return (null, "invalid_client", "The client assertion is not a valid JWT from the demo tool (issuer, subject, audience, signature or lifetime).");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0 || scopes.Any(s => !Allowed.Contains(s, StringComparer.Ordinal)))
        {
            return (null, "invalid_scope", "Ask only for the AGS and NRPS scopes.");
        }

        var now = time.GetUtcNow();
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DemoPlatformSettings.Issuer,
            Audience = ServiceAudience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            Claims = new Dictionary<string, object> { ["sub"] = DemoPlatformSettings.ClientId, ["scope"] = string.Join(' ', scopes), ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)) },
            SigningCredentials = await credentials.GetAsync(keys, DemoPlatformSettings.KeyOwner, cancellationToken),
        });
        return (token, null, null);
    }

    /// <summary>Whether the request's bearer token is one this platform issued and grants one of <paramref name="anyOf"/>.</summary>
    public async Task<bool> AuthorizeAsync(HttpRequest request, IReadOnlyCollection<string> anyOf, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var platformKeys = (await jwks.FetchAsync(HttpJwksSource.LocalScheme + DemoPlatformSettings.KeyOwner, cancellationToken)).Keys.Select(RsaKeys.GetOrAdd).ToList();
        var result = await Handler.ValidateTokenAsync(header["Bearer ".Length..], new TokenValidationParameters
        {
            ValidIssuer = DemoPlatformSettings.Issuer,
            ValidAudience = ServiceAudience,
            IssuerSigningKeys = platformKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            LifetimeValidator = (notBefore, expires, _, _) => LifetimeValid(notBefore, expires),
        });
        var granted = result.IsValid ? result.ClaimsIdentity.FindFirst("scope")?.Value.Split(' ') ?? [] : [];
        return granted.Any(anyOf.Contains);
    }

    private bool LifetimeValid(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = TimeSpan.FromMinutes(1);
        return expires is { } exp && exp + skew > now && (notBefore is not { } nbf || nbf - skew <= now);
    }
}
