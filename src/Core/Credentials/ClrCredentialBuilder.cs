using System.Text.Json.Nodes;

namespace Insignia.Core.Credentials;

/// <summary>
/// Builds an unsigned CLR 2.0 <c>ClrCredential</c> around signed AchievementCredentials. The credentials are embedded
/// unchanged (each keeps its own proof); the subject names the learner no more than the credentials do.
/// </summary>
internal static class ClrCredentialBuilder
{
    public const string ClrContext = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    public const string ExtensionsContext = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"; // defines 1EdTechJsonSchemaValidator2019
    public const string ClrSchema = "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";

    public static JsonObject Build(ClrRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Credentials.Count == 0)
        {
            throw new CredentialBuildException("A CLR needs at least one credential; this learner has none to include.");
        }

        var subject = Subject(request);
        subject["verifiableCredential"] = new JsonArray([.. request.Credentials.Select(c => (JsonNode)c.DeepClone())]);
        var achievements = request.Credentials
            .Select(c => c["credentialSubject"]?["achievement"] as JsonObject)
            .OfType<JsonObject>()
            .DistinctBy(a => (string?)a["id"], StringComparer.Ordinal)
            .Select(a => (JsonNode)a.DeepClone());
        subject["achievement"] = new JsonArray([.. achievements]);
        if (request.Associations.Count > 0)
        {
            subject["association"] = new JsonArray([.. request.Associations.Distinct().Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "Association",
                ["associationType"] = a.AssociationType,
                ["sourceId"] = a.SourceId,
                ["targetId"] = a.TargetId,
            })]);
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeConstants.CredentialsV2Context, ClrContext, OpenBadgeConstants.OpenBadgesContext, ExtensionsContext),
            ["id"] = request.Id,
            ["type"] = new JsonArray(OpenBadgeConstants.VerifiableCredential, "ClrCredential"),
            ["issuer"] = ProfileJson.Embedded(request.Issuer),
            ["validFrom"] = OpenBadgeCredentialBuilder.FormatInstant(request.IssuedAt),
            ["name"] = request.Name,
            ["credentialSubject"] = subject,
            ["credentialSchema"] = new JsonArray(new JsonObject { ["id"] = ClrSchema, ["type"] = "1EdTechJsonSchemaValidator2019" }),
        };
    }

    private static JsonObject Subject(ClrRequest request)
    {
        var subject = new JsonObject();
        if (request.SubjectDid is { Length: > 0 } did)
        {
            subject["id"] = did;
        }
        else if (request.SubjectEmail is not { Length: > 0 } && request.FallbackSubjectId is { Length: > 0 } fallback)
        {
            subject["id"] = fallback;
        }

        subject["type"] = new JsonArray("ClrSubject");
        if (request.SubjectDid is not { Length: > 0 } && request.SubjectEmail is { Length: > 0 } email)
        {
            subject["identifier"] = new JsonArray(new JsonObject
            {
                ["type"] = OpenBadgeConstants.IdentityObject,
                ["hashed"] = true,
                ["identityHash"] = RecipientIdentity.Hash(email, request.Salt),
                ["identityType"] = OpenBadgeConstants.EmailIdentityType,
                ["salt"] = request.Salt,
            });
        }

        return subject;
    }
}
