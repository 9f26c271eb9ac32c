using Insignia.Host.Issuer;

namespace Insignia.Host.Web.Course;

/// <summary>One issued credential as the course pages list it (no credential JSON, no personal data beyond the display name).</summary>
internal sealed record IssuedCredential(
    Guid Id, string DefinitionId, Guid LearnerId, string? LearnerName, DateTimeOffset IssuedAt, DateTimeOffset? ValidUntil, DateTimeOffset? RevokedAt, string? RevocationReason)
{
    /// <summary>The credential's status now: <c>revoked</c>, <c>expired</c> or <c>valid</c> (the public page's words).</summary>
    public string Status(DateTimeOffset now) =>
        RevokedAt is not null ? CredentialChecker.StatusRevoked
        : ValidUntil is { } until && until <= now ? CredentialChecker.StatusExpired
        : CredentialChecker.StatusValid;
}
