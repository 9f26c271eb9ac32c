namespace Insignia.Core.Credentials;

internal static class OpenBadgeConstants
{
    public const string CredentialsV2Context = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public const string VerifiableCredential = "VerifiableCredential";
    public const string OpenBadgeCredential = "OpenBadgeCredential";
    public const string AchievementSubject = "AchievementSubject";
    public const string Achievement = "Achievement";
    public const string Profile = "Profile";
    public const string IdentityObject = "IdentityObject";
    public const string EmailIdentityType = "emailAddress";
    public const string HashPrefix = "sha256$";
}
