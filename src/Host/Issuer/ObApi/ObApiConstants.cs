namespace Insignia.Host.Issuer.ObApi;

/// <summary>Routes, scopes and limits of the Open Badges 3.0 API (read side).</summary>
internal static class ObApiConstants
{
    public const string BasePath = "/ims/ob/v3p0";
    public const string CredentialReadScope = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly";
    public const string ProfileReadScope = "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly";
    public const string TokenPurpose = "Insignia.ObApi.LearnerToken.v1";
    public const string TokenRoute = "/lti/progress/api-token";
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>How long a learner token minted from an LTI session lives; short, because it cannot be revoked.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
}
