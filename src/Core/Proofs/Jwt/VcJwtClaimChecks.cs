using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>Checks a VC-JWT payload: lifetime against the clock, and each registered claim against the credential.</summary>
internal static class VcJwtClaimChecks
{
    /// <summary>Uses <c>exp</c>/<c>nbf</c>, or the credential's validUntil/validFrom when a claim is absent.</summary>
    public static VerificationError? CheckLifetime(JsonObject payload, JsonObject credential, DateTimeOffset now, TimeSpan clockSkew)
    {
        var (expiresClaim, expiresError) = ReadSeconds(payload, "exp");
        var (notBeforeClaim, notBeforeError) = ReadSeconds(payload, "nbf");
        if ((expiresError ?? notBeforeError) is { } error)
        {
            return error;
        }

        var expires = expiresClaim ?? VcJwtClaims.TryEpochSeconds(credential, "validUntil");
        var notBefore = notBeforeClaim ?? VcJwtClaims.TryEpochSeconds(credential, "validFrom");

        if (expires is { } exp && now - clockSkew >= DateTimeOffset.FromUnixTimeSeconds(exp))
        {
            return new VerificationError(ProofErrors.Expired, string.Create(CultureInfo.InvariantCulture, $"The credential expired at {DateTimeOffset.FromUnixTimeSeconds(exp):u}."));
        }

        return notBefore is { } nbf && now + clockSkew < DateTimeOffset.FromUnixTimeSeconds(nbf)
            ? new VerificationError(ProofErrors.NotYetValid, string.Create(CultureInfo.InvariantCulture, $"The credential is not valid before {DateTimeOffset.FromUnixTimeSeconds(nbf):u}."))
            : null;
    }

    /// <summary>Each claim that is present must say what the credential says (OB 3.0 §8.2.2).</summary>
    public static VerificationError? CheckAgainstCredential(JsonObject payload, JsonObject credential)
    {
        var issuer = JsonText.IdOf(credential["issuer"]);
        if (JsonText.StringOf(payload["iss"]) is not { } iss || iss != issuer)
        {
            return Mismatch("iss", "issuer id");
        }

        if (!SameIfPresent(JsonText.StringOf(payload["jti"]), payload["jti"], JsonText.StringOf(credential["id"])))
        {
            return Mismatch("jti", "id");
        }

        if (!SameIfPresent(JsonText.StringOf(payload["sub"]), payload["sub"], JsonText.IdOf(credential["credentialSubject"])))
        {
            return Mismatch("sub", "credentialSubject.id");
        }

        if (!SameSecondsIfPresent(payload, "nbf", credential, "validFrom"))
        {
            return Mismatch("nbf", "validFrom");
        }

        return SameSecondsIfPresent(payload, "exp", credential, "validUntil") ? null : Mismatch("exp", "validUntil");
    }

    private static bool SameIfPresent(string? claim, JsonNode? rawClaim, string? credentialValue) =>
        rawClaim is null || (claim is not null && claim == credentialValue);

    private static bool SameSecondsIfPresent(JsonObject payload, string claim, JsonObject credential, string property)
    {
        if (payload[claim] is null)
        {
            return true;
        }

        var (seconds, _) = ReadSeconds(payload, claim);
        return seconds is not null && seconds == VcJwtClaims.TryEpochSeconds(credential, property);
    }

    private static (long? Seconds, VerificationError? Error) ReadSeconds(JsonObject payload, string claim)
    {
        var node = payload[claim];
        if (node is null)
        {
            return (null, null);
        }

        return node is JsonValue value && value.TryGetValue<long>(out var seconds)
            ? (seconds, null)
            : (null, new VerificationError(ProofErrors.MalformedJwt, $"The '{claim}' claim is not a whole number of seconds."));
    }

    private static VerificationError Mismatch(string claim, string property) =>
        new(ProofErrors.ClaimMismatch, $"The JWT '{claim}' claim does not match the credential's {property}.");
}
