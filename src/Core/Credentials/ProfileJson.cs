using System.Text.Json.Nodes;

namespace Insignia.Core.Credentials;

/// <summary>Writes an <see cref="IssuerProfile"/> as an OB 3.0 Profile.</summary>
internal static class ProfileJson
{
    /// <summary>The profile as a standalone JSON-LD document (served at the issuer's URL).</summary>
    public static JsonObject Document(IssuerProfile issuer)
    {
        var profile = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgeConstants.CredentialsV2Context, OpenBadgeConstants.OpenBadgesContext),
        };
        foreach (var (key, value) in Embedded(issuer))
        {
            profile[key] = value?.DeepClone();
        }

        return profile;
    }

    /// <summary>The profile as the credential's <c>issuer</c> value.</summary>
    public static JsonObject Embedded(IssuerProfile issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var profile = new JsonObject
        {
            ["id"] = issuer.Id,
            ["type"] = new JsonArray(OpenBadgeConstants.Profile),
            ["name"] = issuer.Name,
            ["url"] = issuer.Url.AbsoluteUri,
        };
        if (issuer.Description is { Length: > 0 } description)
        {
            profile["description"] = description;
        }

        if (issuer.Email is { Length: > 0 } email)
        {
            profile["email"] = email;
        }

        if (issuer.Image is { } image)
        {
            profile["image"] = new JsonObject { ["id"] = image.AbsoluteUri, ["type"] = "Image" };
        }

        if (issuer.OtherIdentifiers.Count > 0)
        {
            profile["otherIdentifier"] = new JsonArray([.. issuer.OtherIdentifiers.Select(i => (JsonNode)new JsonObject
            {
                ["type"] = "IdentifierEntry",
                ["identifier"] = i.Identifier,
                ["identifierType"] = i.IdentifierType,
            })]);
        }

        return profile;
    }
}
