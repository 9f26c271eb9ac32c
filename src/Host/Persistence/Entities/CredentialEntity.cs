namespace Insignia.Host.Persistence.Entities;

/// <summary>An issued credential, signed. Never deleted: revocation sets <see cref="RevokedAt"/> and flips the status bit.</summary>
internal sealed class CredentialEntity
{
    public Guid Id { get; set; }

    /// <summary>Gets or sets the outbox row this was issued for; unique, so a retried issue cannot store a second credential.</summary>
    public long OutboxId { get; set; }

    public Guid LearnerId { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset? ValidUntil { get; set; }

    public required string Json { get; set; }

    public string? Jwt { get; set; }

    public int StatusList { get; set; }

    public int StatusIndex { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    public long VerificationCount { get; set; }
}
