using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Checks a credential's <c>validFrom</c> / <c>validUntil</c> (VC 2.0 §4.9) against the clock, with skew.</summary>
internal static class CredentialValidityPeriod
{
    public static VerificationError? Check(JsonObject credential, DateTimeOffset now, TimeSpan clockSkew)
    {
        var (validFrom, fromError) = Read(credential, "validFrom");
        var (validUntil, untilError) = Read(credential, "validUntil");
        if ((fromError ?? untilError) is { } error)
        {
            return error;
        }

        if (validUntil is { } until && now - clockSkew >= until)
        {
            return new VerificationError(ProofErrors.Expired, string.Create(CultureInfo.InvariantCulture, $"The credential expired at {until:u}."));
        }

        return validFrom is { } from && now + clockSkew < from
            ? new VerificationError(ProofErrors.NotYetValid, string.Create(CultureInfo.InvariantCulture, $"The credential is not valid before {from:u}."))
            : null;
    }

    private static (DateTimeOffset? Value, VerificationError? Error) Read(JsonObject credential, string property)
    {
        if (credential[property] is null)
        {
            return (null, null);
        }

        return DateTimeOffset.TryParse(JsonText.StringOf(credential[property]), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? (value, null)
            : (null, new VerificationError(ProofErrors.MalformedCredential, $"The credential's '{property}' is not a dateTime."));
    }
}
