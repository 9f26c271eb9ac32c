using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Core.Status;

namespace Insignia.Host.Issuer;

/// <summary>
/// Verifies any OB 3.0 credential (Data Integrity JSON or VC-JWT) and its revocation status: from the database when the
/// status list is one of ours, otherwise through <see cref="BitstringStatusChecker"/> (other issuers' lists are only
/// fetched when <see cref="IssuerOptions.AllowRemoteKeyDocuments"/> is on; otherwise the report says status is unknown).
/// </summary>
internal sealed class CredentialChecker(CredentialVerifier verifier, BitstringStatusChecker statusChecker, CredentialQueries queries, IssuerDirectory directory)
{
    public const string StatusValid = "valid";
    public const string StatusRevoked = "revoked";
    public const string StatusExpired = "expired";
    public const string StatusUnknown = "unknown";
    public const string Revoked = "revoked";

    private static readonly string[] ExpiryCodes = [ProofErrors.Expired, ProofErrors.NotYetValid];
    private static readonly string[] KeyCodes = [ProofErrors.IssuerKeyMismatch, ProofErrors.VerificationMethodNotFound, ProofErrors.WrongKeyType, ProofErrors.NotAuthorizedForPurpose, ProofErrors.UnsupportedVerificationMethod];

    public async Task<VerificationReport> CheckAsync(string text, CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAsync(text, cancellationToken);
        var codes = result.Errors.Select(e => e.Code).ToList();
        var proofErrors = result.Errors.Where(e => !ExpiryCodes.Contains(e.Code) && !KeyCodes.Contains(e.Code)).ToList();
        var credential = CredentialOf(text);
        var (statusChecked, revoked, credentialId) = await StatusAsync(credential, cancellationToken);
        var foreign = StatusCheckResult.NoStatus;
        if (!statusChecked && credential is not null && result.Verified)
        {
            foreign = await statusChecker.CheckAsync(credential, cancellationToken);
            (statusChecked, revoked) = (foreign.Checked, foreign.Revoked);
        }

        var statusProblem = foreign.Errors.FirstOrDefault(e => e.Code != StatusErrors.Revoked);
        var checks = new List<VerificationCheck>
        {
            Check("proof", proofErrors),
            Check("issuer_key", result.Errors.Where(e => KeyCodes.Contains(e.Code)).ToList()),
            Check("validity_period", result.Errors.Where(e => ExpiryCodes.Contains(e.Code)).ToList()),
            statusProblem is not null
                ? new("status", false, statusProblem.Code, statusProblem.Message)
                : new("status", !revoked, revoked ? Revoked : null, StatusMessage(statusChecked, revoked, foreign)),
        };
        if (credentialId is { } id)
        {
            await queries.CountVerificationAsync(id, cancellationToken);
        }

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        if (revoked)
        {
            errors.Add($"{Revoked}: The issuer revoked this credential.");
        }

        errors.AddRange(foreign.Errors.Where(e => e.Code != StatusErrors.Revoked).Select(e => e.ToString()));
        var status = revoked ? StatusRevoked : codes.Contains(ProofErrors.Expired) ? StatusExpired : statusChecked ? StatusValid : StatusUnknown;
        return new VerificationReport(result.Verified && !revoked && statusProblem is null, checks, errors, result.ProofType, result.Cryptosuite, result.Issuer, status, statusChecked);
    }

    private static string StatusMessage(bool statusChecked, bool revoked, StatusCheckResult foreign) =>
        revoked ? "The issuer revoked this credential."
        : statusChecked ? "Not revoked."
        : foreign.Unchecked.Count > 0 ? foreign.Unchecked[0]
        : "The credential has no status list entry to check.";

    private static VerificationCheck Check(string name, List<VerificationError> errors) =>
        errors.Count == 0 ? new(name, true, null, null) : new(name, false, errors[0].Code, errors[0].Message);

    private async Task<(bool Checked, bool Revoked, Guid? CredentialId)> StatusAsync(JsonObject? credential, CancellationToken cancellationToken)
    {
        var entry = credential?["credentialStatus"] switch
        {
            JsonObject single => single,
            JsonArray many => many.OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == StatusListPublisher.EntryType),
            _ => null,
        };
        var listUrl = entry?["statusListCredential"]?.GetValue<string>();
        var prefix = new Uri(directory.BaseUrl, "status/").AbsoluteUri;
        if (listUrl is null || !listUrl.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(listUrl[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var list)
            || !int.TryParse(entry?["statusListIndex"]?.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return (false, false, null);
        }

        var stored = await queries.FindByStatusAsync(list, index, cancellationToken);
        return stored is null ? (false, false, null) : (true, stored.RevokedAt is not null, stored.Id);
    }

    private static JsonObject? CredentialOf(string text)
    {
        try
        {
            var trimmed = text.Trim();
            if (trimmed.StartsWith('{'))
            {
                return JsonNode.Parse(trimmed) as JsonObject;
            }

            var parts = trimmed.Split('.');
            return parts.Length == 3 && Base64UrlText.TryDecode(parts[1], out var payload)
                ? (JsonNode.Parse(Encoding.UTF8.GetString(payload)) as JsonObject)?["vc"] as JsonObject
                : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
