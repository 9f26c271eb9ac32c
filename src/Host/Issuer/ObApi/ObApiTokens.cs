using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>
/// Mints and checks learner access tokens (Data Protection: encrypted and authenticated, bound to the learner, the
/// scopes and an expiry checked against <see cref="TimeProvider"/>). The interim until OAuth 2.0 client registration.
/// </summary>
internal sealed class ObApiTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private const string BearerPrefix = "Bearer ";

    public (string Value, ObApiToken Token) Mint(Guid learnerId, IReadOnlyList<string> scopes)
    {
        var token = new ObApiToken(learnerId, scopes, time.GetUtcNow() + ObApiConstants.TokenLifetime);
        return (Protect(token), token);
    }

    public string Protect(ObApiToken token) =>
        protection.CreateProtector(ObApiConstants.TokenPurpose).Protect(JsonSerializer.Serialize(token));

    public ObApiTokenCheck Check(string? authorization, string requiredScope)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return ObApiTokenCheck.Refused(ObApiTokenCheck.InvalidRequest, "Send an access token: Authorization: Bearer <token>.");
        }

        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ObApiTokenCheck.Refused(ObApiTokenCheck.InvalidRequest, "Only the Bearer scheme is accepted.");
        }

        var token = Unprotect(authorization[BearerPrefix.Length..].Trim());
        if (token is null)
        {
            return ObApiTokenCheck.Refused(ObApiTokenCheck.InvalidToken, "The access token is not valid. Get a new one from your progress page.");
        }

        if (token.ExpiresAt <= time.GetUtcNow())
        {
            return ObApiTokenCheck.Refused(ObApiTokenCheck.InvalidToken, "The access token has expired. Get a new one from your progress page.");
        }

        return token.Scopes.Contains(requiredScope, StringComparer.Ordinal)
            ? ObApiTokenCheck.Accepted(token)
            : ObApiTokenCheck.Refused(ObApiTokenCheck.InsufficientScope, $"The access token lacks the scope {requiredScope}.");
    }

    private ObApiToken? Unprotect(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<ObApiToken>(protection.CreateProtector(ObApiConstants.TokenPurpose).Unprotect(value));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
