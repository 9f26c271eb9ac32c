using System.Text.Json.Nodes;

namespace Insignia.Core.Credentials;

/// <summary>What a CLR 2.0 <c>ClrCredential</c> holds: the issuer, the learner's signed AchievementCredentials and how they relate.</summary>
/// <param name="Issuer">The issuer that signs the record (the same as the credentials').</param>
/// <param name="Id">The record's id, e.g. <c>urn:uuid:…</c>.</param>
/// <param name="Name">The record's display name.</param>
/// <param name="IssuedAt">The record's <c>validFrom</c>.</param>
/// <param name="Credentials">The signed AchievementCredentials, embedded unchanged.</param>
internal sealed record ClrRequest(IssuerProfile Issuer, string Id, string Name, DateTimeOffset IssuedAt, IReadOnlyList<JsonObject> Credentials)
{
    /// <summary>Gets the learner's DID; when known it is the subject's id and nothing else names the learner.</summary>
    public string? SubjectDid { get; init; }

    /// <summary>Gets the learner's email, used only hashed (with <see cref="Salt"/>) when there is no DID.</summary>
    public string? SubjectEmail { get; init; }

    /// <summary>Gets the salt of the hashed email identifier.</summary>
    public string Salt { get; init; } = RecipientIdentity.NewSalt();

    /// <summary>Gets the subject id used when the learner has neither a DID nor an email, e.g. <c>urn:uuid:…</c>.</summary>
    public string? FallbackSubjectId { get; init; }

    /// <summary>Gets the relations between the embedded achievements (e.g. a stacked credential <c>isPartOf</c> another).</summary>
    public IReadOnlyList<ClrAssociation> Associations { get; init; } = [];
}
