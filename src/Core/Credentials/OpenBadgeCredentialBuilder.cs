using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Criteria;
using Insignia.Core.Linked;

namespace Insignia.Core.Credentials;

/// <summary>
/// Builds an unsigned OB 3.0 OpenBadgeCredential from a definition version and a Met decision. Fails loudly
/// (<see cref="CredentialBuildException"/>) when the decision is not Met or when JSON-LD would drop a term.
/// </summary>
internal static partial class OpenBadgeCredentialBuilder
{
    /// <param name="request">The definition, decision, issuer and recipient.</param>
    /// <param name="checkTerms">
    /// Expand the JSON-LD and refuse dropped terms. A caller that signs right away with the safe-mode canonicalizer
    /// (which refuses them too) may pass false to expand once instead of twice.
    /// </param>
    public static JsonObject Build(CredentialRequest request, bool checkTerms = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Decision.Outcome != DecisionOutcome.Met)
        {
            throw new CredentialBuildException($"Only a Met decision becomes a credential; this one is {request.Decision.Outcome}.");
        }

        var definition = request.Definition;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeConstants.CredentialsV2Context, OpenBadgeConstants.OpenBadgesContext),
            ["id"] = request.CredentialId.AbsoluteUri,
            ["type"] = new JsonArray(OpenBadgeConstants.VerifiableCredential, OpenBadgeConstants.OpenBadgeCredential),
            ["issuer"] = ProfileJson.Embedded(request.Issuer),
            ["validFrom"] = FormatInstant(request.IssuedAt),
            ["name"] = definition.Name,
            ["credentialSubject"] = Subject(request),
        };
        if (definition.Validity is { } validity)
        {
            credential["validUntil"] = FormatInstant(validity.AddTo(request.IssuedAt));
        }

        var evidence = Evidence(request.Decision);
        if (evidence.Count > 0)
        {
            credential["evidence"] = evidence;
        }

        if (request.CredentialStatus is { } status)
        {
            credential["credentialStatus"] = status.DeepClone();
        }

        if (checkTerms)
        {
            EnsureNothingDropped(credential);
        }

        return credential;
    }

    public static string FormatInstant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void EnsureNothingDropped(JsonObject credential)
    {
        var dropped = LinkedDataCanonicalizer.FindDroppedTerms(credential, LinkedDataCanonicalizer.SigningOptions with { SafeMode = false });
        if (dropped.Count > 0)
        {
            throw new CredentialBuildException(
                "The credential's JSON-LD would drop terms, so a signature would not cover them: " + string.Join("; ", dropped));
        }
    }

    private static JsonArray Evidence(Decision decision)
    {
        var items = decision.EvidenceUsed
            .Where(e => e.IsAssessment)
            .DistinctBy(e => (e.Source, e.Activity, e.Attempt))
            .OrderBy(e => e.OccurredAt)
            .Select(e => (JsonNode)new JsonObject
            {
                ["type"] = new JsonArray("Evidence"),
                ["name"] = e.ActivityName ?? e.Activity.ToString(),
                ["description"] = string.Create(CultureInfo.InvariantCulture, $"{e.Kind}, {FormatInstant(e.OccurredAt)}"),
            });
        return new JsonArray([.. items]);
    }
}
