namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A course as <c>core_course_get_courses_by_field</c> returns it (missing keys tolerated).</summary>
internal sealed record MoodleCourse
{
    public long Id { get; init; }

    public string? Fullname { get; init; }

    public string? Shortname { get; init; }

    public string? Idnumber { get; init; }

    public string? Format { get; init; }

    public int Visible { get; init; } = 1;

    public int Enablecompletion { get; init; }
}
