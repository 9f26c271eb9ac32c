using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Status;

/// <summary>
/// Checks a credential's <c>BitstringStatusListEntry</c> entries (W3C Bitstring Status List v1.0): loads each status
/// list credential through the <see cref="IKeyDocumentLoader"/> (never the network unless the loader does), verifies
/// its proof and validity, and reads the entry's bits. Revocation and suspension are reported; other purposes are read
/// but carry no verdict.
/// </summary>
internal sealed class BitstringStatusChecker(IKeyDocumentLoader loader, DataIntegrityVerifier verifier)
{
    public const string EntryType = "BitstringStatusListEntry";
    public const string ListCredentialType = "BitstringStatusListCredential";
    public const string RevocationPurpose = "revocation";
    public const string SuspensionPurpose = "suspension";

    public async ValueTask<StatusCheckResult> CheckAsync(JsonObject credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var entries = JsonText.Items(credential["credentialStatus"]).OfType<JsonObject>()
            .Where(e => JsonText.Items(e["type"]).Any(t => JsonText.StringOf(t) == EntryType))
            .ToList();
        if (entries.Count == 0)
        {
            return StatusCheckResult.NoStatus;
        }

        var lists = new Dictionary<string, StatusListDocument>(StringComparer.Ordinal);
        var errors = new List<VerificationError>();
        var notChecked = new List<string>();
        var (read, revoked, suspended) = (false, false, false);
        foreach (var entry in entries)
        {
            var (value, purpose, error) = await ReadEntryAsync(entry, lists, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                if (error.Code == StatusErrors.StatusListNotFound)
                {
                    notChecked.Add(error.Message);
                }
                else
                {
                    errors.Add(error);
                }

                continue;
            }

            read = true;
            revoked |= purpose == RevocationPurpose && value != 0;
            suspended |= purpose == SuspensionPurpose && value != 0;
        }

        if (revoked)
        {
            errors.Add(new VerificationError(StatusErrors.Revoked, "The issuer revoked this credential."));
        }

        if (suspended)
        {
            errors.Add(new VerificationError(StatusErrors.Suspended, "The issuer suspended this credential."));
        }

        return new StatusCheckResult(read, revoked, suspended, errors, notChecked);
    }

    private async ValueTask<(int Value, string? Purpose, VerificationError? Error)> ReadEntryAsync(
        JsonObject entry, Dictionary<string, StatusListDocument> lists, CancellationToken cancellationToken)
    {
        var purpose = JsonText.StringOf(entry["statusPurpose"]);
        var listUrl = JsonText.StringOf(entry["statusListCredential"]);
        var index = IndexOf(entry["statusListIndex"]);
        var size = entry["statusSize"] is null ? 1 : IndexOf(entry["statusSize"]);
        if (purpose is null || index is null || size is null or < 1 or > 8
            || !Uri.TryCreate(listUrl, UriKind.Absolute, out var listUri))
        {
            return (0, purpose, Invalid(StatusErrors.StatusEntryInvalid,
                "A BitstringStatusListEntry needs statusPurpose, statusListIndex (an integer as a string), an absolute statusListCredential URL and, if present, a statusSize from 1 to 8."));
        }

        if (!lists.TryGetValue(listUri.AbsoluteUri, out var list))
        {
            list = await LoadListAsync(listUri, cancellationToken).ConfigureAwait(false);
            lists[listUri.AbsoluteUri] = list;
        }

        if (list.Error is not null)
        {
            return (0, purpose, list.Error);
        }

        if (!list.Purposes.Contains(purpose, StringComparer.Ordinal))
        {
            return (0, purpose, Invalid(StatusErrors.StatusPurposeMismatch,
                $"The entry's statusPurpose '{purpose}' is not a purpose of the status list {listUri.AbsoluteUri}."));
        }

        return BitstringStatusList.Read(list.Bits!, index.Value, (int)size) is { } value
            ? (value, purpose, null)
            : (0, purpose, Invalid(StatusErrors.StatusIndexOutOfRange,
                $"statusListIndex {index} lies outside the status list {listUri.AbsoluteUri}."));
    }

    private async ValueTask<StatusListDocument> LoadListAsync(Uri listUrl, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(listUrl, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return StatusListDocument.Failed(Invalid(StatusErrors.StatusListNotFound,
                $"The status list {listUrl.AbsoluteUri} could not be loaded, so revocation could not be checked."));
        }

        if (!JsonText.Items(document["type"]).Any(t => JsonText.StringOf(t) == ListCredentialType)
            || document["credentialSubject"] is not JsonObject subject)
        {
            return StatusListDocument.Failed(Invalid(StatusErrors.StatusListInvalid,
                $"{listUrl.AbsoluteUri} is not a {ListCredentialType} with a credentialSubject."));
        }

        var verification = await verifier.VerifyAsync(document, cancellationToken).ConfigureAwait(false);
        if (!verification.Verified)
        {
            return StatusListDocument.Failed(Invalid(StatusErrors.StatusListInvalid,
                $"The status list {listUrl.AbsoluteUri} does not verify ({verification.Errors[0]}), so it cannot be trusted."));
        }

        var (bits, problem) = BitstringStatusList.Decode(JsonText.StringOf(subject["encodedList"]));
        var purposes = JsonText.Items(subject["statusPurpose"]).Select(JsonText.StringOf).OfType<string>().ToList();
        return bits is null
            ? StatusListDocument.Failed(Invalid(StatusErrors.StatusListInvalid, $"The status list {listUrl.AbsoluteUri}: {problem}"))
            : new StatusListDocument(bits, purposes, null);
    }

    private static long? IndexOf(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String
            && long.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number) && number >= 0 => number,
        _ => null,
    };

    private static VerificationError Invalid(string code, string message) => new(code, message);

    private sealed record StatusListDocument(byte[]? Bits, IReadOnlyList<string> Purposes, VerificationError? Error)
    {
        public static StatusListDocument Failed(VerificationError error) => new(null, [], error);
    }
}
