namespace Insignia.Core.Transcripts;

/// <summary>One credit-bearing credential as a line for a learner's transcript in the SIS.</summary>
/// <param name="Key">A stable idempotency key (the same credential always gives the same key), e.g. the OneRoster result's sourcedId.</param>
/// <param name="LearnerSisId">The learner's id in the SIS.</param>
/// <param name="CourseKey">The course the credential belongs to (<c>connection/course</c>).</param>
/// <param name="Term">The academic term the credential was earned in, e.g. <c>2026-2</c>.</param>
/// <param name="CredentialId">The issued credential's id.</param>
/// <param name="CredentialName">The achievement's name.</param>
/// <param name="Credits">The credits earned (the credential's <c>creditsEarned</c>), greater than zero.</param>
/// <param name="EarnedAt">When the credential was issued (UTC).</param>
public sealed record TranscriptEntry(
    string Key,
    string LearnerSisId,
    string CourseKey,
    string Term,
    Guid CredentialId,
    string CredentialName,
    decimal Credits,
    DateTimeOffset EarnedAt);
