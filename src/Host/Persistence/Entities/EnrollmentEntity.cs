namespace Insignia.Host.Persistence.Entities;

/// <summary>A learner enrolled in a course, as the platform's roster reported it.</summary>
internal sealed class EnrollmentEntity
{
    public required string Source { get; set; }

    public required string CourseId { get; set; }

    public required string ExternalId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
