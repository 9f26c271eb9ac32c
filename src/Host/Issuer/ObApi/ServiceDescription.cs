using System.Text.Json.Nodes;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>The OB 3.0 Service Description Document (OpenAPI 3.0 shape) served at <c>/ims/ob/v3p0/discovery</c>.</summary>
internal static class ServiceDescription
{
    public static JsonObject Build(IssuerDirectory directory)
    {
        var baseUrl = directory.BaseUrl;
        var scopes = new JsonObject
        {
            [ObApiConstants.CredentialReadScope] = "Permission to read AchievementCredentials for the authenticated entity.",
            [ObApiConstants.ProfileReadScope] = "Permission to read the profile for the authenticated entity.",
        };
        return new JsonObject
        {
            ["openapi"] = "3.0.1",
            ["info"] = new JsonObject
            {
                ["title"] = directory.Profile.Name,
                ["version"] = "3.0",
                ["termsOfService"] = new Uri(baseUrl, "terms").AbsoluteUri,
                ["x-imssf-privacyPolicyUrl"] = new Uri(baseUrl, "privacy").AbsoluteUri,
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = new Uri(baseUrl, ObApiConstants.BasePath.TrimStart('/')).AbsoluteUri }),
            ["paths"] = new JsonObject
            {
                ["/credentials"] = Get("getCredentials", ObApiConstants.CredentialReadScope, "The authenticated learner's credentials (limit, offset, since)."),
                ["/profile"] = Get("getProfile", ObApiConstants.ProfileReadScope, "The authenticated learner's profile."),
                ["/discovery"] = new JsonObject { ["get"] = new JsonObject { ["operationId"] = "getServiceDescription", ["security"] = new JsonArray() } },
            },
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["OAuth2ACG"] = new JsonObject
                    {
                        ["type"] = "oauth2",
                        ["description"] = "OAuth 2.0 bearer tokens. Interim: a learner gets a short-lived token from the LTI progress page (POST " + ObApiConstants.TokenRoute + "); dynamic client registration is not offered yet.",
                        ["flows"] = new JsonObject
                        {
                            ["authorizationCode"] = new JsonObject
                            {
                                ["authorizationUrl"] = new Uri(baseUrl, "lti/progress").AbsoluteUri,
                                ["tokenUrl"] = new Uri(baseUrl, ObApiConstants.TokenRoute.TrimStart('/')).AbsoluteUri,
                                ["scopes"] = scopes,
                            },
                        },
                    },
                },
            },
        };
    }

    private static JsonObject Get(string operationId, string scope, string summary) => new()
    {
        ["get"] = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = summary,
            ["security"] = new JsonArray(new JsonObject { ["OAuth2ACG"] = new JsonArray(scope) }),
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "OK" },
                ["400"] = new JsonObject { ["description"] = "imsx_StatusInfo: a query parameter is not valid" },
                ["401"] = new JsonObject { ["description"] = "imsx_StatusInfo: no valid access token" },
                ["403"] = new JsonObject { ["description"] = "imsx_StatusInfo: the token lacks the scope" },
            },
        },
    };
}
