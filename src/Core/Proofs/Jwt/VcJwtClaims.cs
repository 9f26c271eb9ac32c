using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>The OB 3.0 §8.2.2 mapping between a credential and the JWT registered claims.</summary>
internal static class VcJwtClaims
{
    /// <returns>The JWT payload: iss, jti, sub, nbf, exp, iat and the credential under <c>vc</c>.</returns>
    /// <exception cref="ArgumentException">The credential has no issuer id, or a date that is not a dateTime.</exception>
    public static JsonObject ForCredential(JsonObject credential, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var issuer = JsonText.IdOf(credential["issuer"])
            ?? throw new ArgumentException("The credential has no issuer id to write as 'iss'.", nameof(credential));

        var payload = new JsonObject { ["iss"] = issuer };
        AddIfPresent(payload, "jti", JsonText.StringOf(credential["id"]));
        AddIfPresent(payload, "sub", JsonText.IdOf(credential["credentialSubject"]));
        AddIfPresent(payload, "nbf", EpochSeconds(credential, "validFrom"));
        AddIfPresent(payload, "exp", EpochSeconds(credential, "validUntil"));
        payload["iat"] = issuedAt.ToUnixTimeSeconds();
        payload[VcJwtConstants.CredentialClaim] = credential.DeepClone();
        return payload;
    }

    /// <returns>The credential date as seconds since the epoch; <see langword="null"/> when absent or unreadable.</returns>
    public static long? TryEpochSeconds(JsonObject credential, string property) =>
        DateTimeOffset.TryParse(JsonText.StringOf(credential[property]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUnixTimeSeconds()
            : null;

    private static long? EpochSeconds(JsonObject credential, string property)
    {
        if (credential[property] is null)
        {
            return null;
        }

        return TryEpochSeconds(credential, property)
            ?? throw new ArgumentException($"The credential's '{property}' is not a dateTime.", nameof(credential));
    }

    private static void AddIfPresent(JsonObject payload, string name, string? value)
    {
        if (value is not null)
        {
            payload[name] = value;
        }
    }

    private static void AddIfPresent(JsonObject payload, string name, long? value)
    {
        if (value is { } seconds)
        {
            payload[name] = seconds;
        }
    }
}
