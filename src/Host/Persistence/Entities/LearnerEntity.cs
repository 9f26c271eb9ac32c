namespace Insignia.Host.Persistence.Entities;

/// <summary>A learner: an internal id and only the personal data a feature needs.</summary>
internal sealed class LearnerEntity
{
    public Guid Id { get; set; }

    public string? Did { get; set; }

    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<LearnerIdentityEntity> Identities { get; set; } = [];
}
