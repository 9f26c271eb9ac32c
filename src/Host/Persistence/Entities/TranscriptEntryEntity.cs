namespace Insignia.Host.Persistence.Entities;

/// <summary>
/// A credit-bearing credential on its way to the SIS transcript. One per credential (the key is the credential id),
/// created in the same transaction that stores the credential. Never deleted.
/// </summary>
internal sealed class TranscriptEntryEntity
{
    public Guid CredentialId { get; set; }

    public Guid LearnerId { get; set; }

    public required string LearnerSisId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string CredentialName { get; set; }

    public required string CourseKey { get; set; }

    public required string Term { get; set; }

    public decimal Credits { get; set; }

    public DateTimeOffset EarnedAt { get; set; }

    public TranscriptEntryState State { get; set; }

    public DateTimeOffset StateChangedAt { get; set; }

    public string? RejectionReason { get; set; }

    public string? LastError { get; set; }

    public int SyncAttempts { get; set; }

    public string? SisResultId { get; set; }

    public DateTimeOffset? SyncedAt { get; set; }
}
