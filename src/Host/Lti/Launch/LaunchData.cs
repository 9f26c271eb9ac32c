using System.Text.Json;
using Insignia.Core.Courses;
using Insignia.Host.Lti.Registrations;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Insignia.Host.Lti.Launch;

/// <summary>
/// What Insignia uses from a validated launch. The course key is <c>{registration name}/{context id}</c>: the
/// registration's name is the connection, the LTI context id is the course id.
/// </summary>
internal sealed record LaunchData(LtiPlatform Platform, string MessageType, string DeploymentId, string UserId, IReadOnlyList<string> Roles, string ContextId)
{
    public string? ContextTitle { get; init; }

    public string? UserName { get; init; }

    public string? Locale { get; init; }

    public string? LineItemsUrl { get; init; }

    public IReadOnlyList<string> AgsScopes { get; init; } = [];

    public string? MembershipsUrl { get; init; }

    public string? DeepLinkReturnUrl { get; init; }

    public string? DeepLinkData { get; init; }

    public CourseContext Course => new(Platform.Name, ContextId) { Title = ContextTitle };

    public bool IsInstructor => LtiRoles.IsInstructor(Roles);

    public static LaunchData From(LtiPlatform platform, JsonWebToken token)
    {
        token.TryGetPayloadValue<string>(LtiClaims.MessageType, out var type);
        token.TryGetPayloadValue<string>(LtiClaims.DeploymentId, out var deployment);
        token.TryGetPayloadValue<JsonElement>(LtiClaims.Roles, out var roles);
        token.TryGetPayloadValue<JsonElement>(LtiClaims.Context, out var context);
        token.TryGetPayloadValue<string>("name", out var name);
        var ags = Object(token, LtiClaims.AgsEndpoint);
        var dl = Object(token, LtiClaims.DeepLinkingSettings);
        return new LaunchData(platform, type!, deployment!, token.Subject, [.. roles.EnumerateArray().Select(r => r.GetString() ?? string.Empty)], Text(context, "id")!)
        {
            ContextTitle = Text(context, "title") ?? Text(context, "label"),
            UserName = name,
            Locale = Text(Object(token, LtiClaims.LaunchPresentation), "locale"),
            LineItemsUrl = Text(ags, "lineitems"),
            AgsScopes = ags.ValueKind == JsonValueKind.Object && ags.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.Array
                ? [.. scope.EnumerateArray().Select(s => s.GetString() ?? string.Empty)]
                : [],
            MembershipsUrl = Text(Object(token, LtiClaims.NrpsService), "context_memberships_url"),
            DeepLinkReturnUrl = Text(dl, "deep_link_return_url"),
            DeepLinkData = Text(dl, "data"),
        };
    }

    private static JsonElement Object(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<JsonElement>(claim, out var value) ? value : default;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
