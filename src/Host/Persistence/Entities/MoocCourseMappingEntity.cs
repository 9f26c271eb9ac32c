namespace Insignia.Host.Persistence.Entities;

/// <summary>An external MOOC course (e.g. a Coursera course of a connection) mapped to an institution course and credential definition.</summary>
internal sealed class MoocCourseMappingEntity
{
    public long Id { get; set; }

    public required string Connection { get; set; }

    public required string ExternalCourseId { get; set; }

    public string? ExternalTitle { get; set; }

    public required string CourseKey { get; set; }

    public required string DefinitionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
