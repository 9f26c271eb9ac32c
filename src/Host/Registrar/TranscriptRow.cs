using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Registrar;

/// <summary>A transcript entry as the registrar sees it: with the learner's name and whether the credential was revoked.</summary>
internal sealed record TranscriptRow
{
    public required TranscriptEntryEntity Entry { get; init; }

    public string? LearnerName { get; init; }

    public string? LearnerEmail { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool Revoked => RevokedAt is not null;
}
