using Microsoft.Extensions.Options;

namespace Insignia.Host.Lti.Registration;

/// <summary>The tool's configuration for platforms: the Canvas developer-key JSON and the dynamic-registration body.</summary>
internal static class ToolConfiguration
{
    public const string ToolConfigurationClaim = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>GET /lti/config.json: paste as "Enter URL" or JSON of a Canvas LTI 1.3 developer key.</summary>
    public static IResult CanvasDeveloperKey(HttpContext http, IOptions<LtiToolOptions> options)
    {
        var root = BaseUrl(http);
        return TypedResults.Json(new Dictionary<string, object>
        {
            ["title"] = options.Value.ToolName,
            ["description"] = "Micro-credentials (Open Badges 3.0) from course evidence.",
            ["oidc_initiation_url"] = $"{root}/lti/login",
            ["target_link_uri"] = $"{root}/lti/launch",
            ["public_jwk_url"] = $"{root}/.well-known/jwks.json",
            ["scopes"] = LtiClaims.AllScopes,
            ["extensions"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["platform"] = "canvas.instructure.com",
                    ["privacy_level"] = "public",
                    ["domain"] = http.Request.Host.Host,
                    ["settings"] = new Dictionary<string, object>
                    {
                        ["placements"] = new[]
                        {
                            new Dictionary<string, string> { ["placement"] = "course_navigation", ["message_type"] = LtiClaims.ResourceLinkRequest, ["target_link_uri"] = $"{root}/lti/launch", ["text"] = options.Value.ToolName },
                            new Dictionary<string, string> { ["placement"] = "link_selection", ["message_type"] = LtiClaims.DeepLinkingRequest, ["target_link_uri"] = $"{root}/lti/launch", ["text"] = options.Value.ToolName },
                        },
                    },
                },
            },
            ["custom_fields"] = new Dictionary<string, string>(),
        });
    }

    /// <summary>The client metadata posted to a platform's registration endpoint (LTI Dynamic Registration §3.3).</summary>
    public static Dictionary<string, object> RegistrationRequest(HttpContext http, string toolName)
    {
        var root = BaseUrl(http);
        return new Dictionary<string, object>
        {
            ["application_type"] = "web",
            ["response_types"] = new[] { "id_token" },
            ["grant_types"] = new[] { "implicit", "client_credentials" },
            ["initiate_login_uri"] = $"{root}/lti/login",
            ["redirect_uris"] = new[] { $"{root}/lti/launch" },
            ["client_name"] = toolName,
            ["jwks_uri"] = $"{root}/.well-known/jwks.json",
            ["token_endpoint_auth_method"] = "private_key_jwt",
            ["scope"] = string.Join(' ', LtiClaims.AllScopes),
            [ToolConfigurationClaim] = new Dictionary<string, object>
            {
                ["domain"] = http.Request.Host.Host,
                ["target_link_uri"] = $"{root}/lti/launch",
                ["claims"] = new[] { "iss", "sub", "name", "given_name", "family_name", "email" },
                ["messages"] = new[]
                {
                    new Dictionary<string, object> { ["type"] = LtiClaims.ResourceLinkRequest, ["target_link_uri"] = $"{root}/lti/launch", ["label"] = toolName },
                    new Dictionary<string, object> { ["type"] = LtiClaims.DeepLinkingRequest, ["target_link_uri"] = $"{root}/lti/launch", ["label"] = toolName, ["placements"] = new[] { "ContentArea" } },
                },
                ["https://canvas.instructure.com/lti/privacy_level"] = "public",
            },
        };
    }
}
