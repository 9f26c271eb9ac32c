namespace Insignia.Host.Persistence.Entities;

/// <summary>A learner's id in one connection.</summary>
internal sealed class LearnerIdentityEntity
{
    public required string Source { get; set; }

    public required string ExternalId { get; set; }

    public Guid LearnerId { get; set; }
}
