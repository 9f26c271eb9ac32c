namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A section of <c>core_course_get_contents</c>.</summary>
internal sealed record CourseSection
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<CourseModule> Modules { get; init; } = [];
}
