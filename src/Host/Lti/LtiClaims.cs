namespace Insignia.Host.Lti;

/// <summary>Claim names and values of LTI 1.3 core, deep linking and LTI Advantage.</summary>
internal static class LtiClaims
{
    public const string Prefix = "https://purl.imsglobal.org/spec/lti/claim/";
    public const string MessageType = Prefix + "message_type";
    public const string Version = Prefix + "version";
    public const string DeploymentId = Prefix + "deployment_id";
    public const string TargetLinkUri = Prefix + "target_link_uri";
    public const string ResourceLink = Prefix + "resource_link";
    public const string Roles = Prefix + "roles";
    public const string Context = Prefix + "context";
    public const string ForUser = Prefix + "for_user";
    public const string Custom = Prefix + "custom";
    public const string LaunchPresentation = Prefix + "launch_presentation";
    public const string DeepLinkingSettings = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public const string DeepLinkingContentItems = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public const string DeepLinkingData = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public const string AgsEndpoint = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public const string NrpsService = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public const string ResourceLinkRequest = "LtiResourceLinkRequest";
    public const string DeepLinkingRequest = "LtiDeepLinkingRequest";
    public const string DeepLinkingResponse = "LtiDeepLinkingResponse";
    public const string SubmissionReviewRequest = "LtiSubmissionReviewRequest";
    public const string SupportedVersion = "1.3.0";

    public const string ScopeLineItem = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public const string ScopeLineItemReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public const string ScopeResultReadOnly = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public const string ScopeScore = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public const string ScopeMembership = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public static IReadOnlyList<string> AllScopes { get; } = [ScopeLineItem, ScopeLineItemReadOnly, ScopeResultReadOnly, ScopeScore, ScopeMembership];
}
