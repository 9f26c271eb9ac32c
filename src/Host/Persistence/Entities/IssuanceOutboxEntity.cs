namespace Insignia.Host.Persistence.Entities;

/// <summary>
/// A credential to issue: one row per (learner, definition, version). A worker leases it, issues, and marks it
/// done; the sequential <see cref="Id"/> also fixes the credential's status-list position.
/// </summary>
internal sealed class IssuanceOutboxEntity
{
    public long Id { get; set; }

    public Guid LearnerId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public IssuanceState State { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }
}
