using System.Text.Json;

namespace Insignia.Host.Lti.Launch.Steps;

/// <summary>Checks message type, version 1.3.0 and the claims each message type requires (roles, context, target link).</summary>
internal sealed class ValidateMessageType : ILaunchValidationStep
{
    public int Order => LaunchStepOrder.ValidateMessageType;

    public ValueTask ExecuteAsync(LaunchValidationContext context, CancellationToken cancellationToken)
    {
        var token = context.Token;
        token.TryGetPayloadValue<string>(LtiClaims.MessageType, out var type);
        token.TryGetPayloadValue<string>(LtiClaims.Version, out var version);
        string? missing = null;
        if (type is not (LtiClaims.ResourceLinkRequest or LtiClaims.DeepLinkingRequest or LtiClaims.SubmissionReviewRequest))
        {
            context.Reject(LaunchErrors.UnsupportedMessageType, $"The message type '{type}' is not one Insignia handles (LtiResourceLinkRequest, LtiDeepLinkingRequest, LtiSubmissionReviewRequest).");
            return ValueTask.CompletedTask;
        }

        if (version != LtiClaims.SupportedVersion)
        {
            context.Reject(LaunchErrors.UnsupportedVersion, $"The LTI version '{version}' is not supported; Insignia speaks 1.3.0.");
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrEmpty(token.Subject))
        {
            missing = "sub";
        }
        else if (!token.TryGetPayloadValue<JsonElement>(LtiClaims.Roles, out var roles) || roles.ValueKind != JsonValueKind.Array)
        {
            missing = LtiClaims.Roles;
        }
        else if (!HasObjectWith(token, LtiClaims.Context, "id"))
        {
            missing = LtiClaims.Context + " (id)";
        }
        else if (type == LtiClaims.DeepLinkingRequest && !HasObjectWith(token, LtiClaims.DeepLinkingSettings, "deep_link_return_url"))
        {
            missing = LtiClaims.DeepLinkingSettings + " (deep_link_return_url)";
        }
        else if (type != LtiClaims.DeepLinkingRequest && !HasObjectWith(token, LtiClaims.ResourceLink, "id"))
        {
            missing = LtiClaims.ResourceLink + " (id)";
        }
        else if (type == LtiClaims.SubmissionReviewRequest && !HasObjectWith(token, LtiClaims.ForUser, "user_id"))
        {
            missing = LtiClaims.ForUser + " (user_id)";
        }
        else if (type != LtiClaims.DeepLinkingRequest && !token.TryGetPayloadValue<string>(LtiClaims.TargetLinkUri, out _))
        {
            missing = LtiClaims.TargetLinkUri;
        }

        if (missing is not null)
        {
            context.Reject(LaunchErrors.MissingClaim, $"The {type} lacks the required claim {missing}.");
        }

        return ValueTask.CompletedTask;
    }

    private static bool HasObjectWith(Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token, string claim, string property) =>
        token.TryGetPayloadValue<JsonElement>(claim, out var value)
        && value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(property, out var inner)
        && inner.ValueKind == JsonValueKind.String
        && inner.GetString()!.Length > 0;
}
