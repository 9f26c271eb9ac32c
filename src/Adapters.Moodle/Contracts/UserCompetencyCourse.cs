namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A user's rating in a course: <c>grade</c> is the scale item (1-based), <c>null</c> when not rated.</summary>
internal sealed record UserCompetencyCourse
{
    public long Userid { get; init; }

    public long Courseid { get; init; }

    public long Competencyid { get; init; }

    public bool? Proficiency { get; init; }

    public int? Grade { get; init; }

    public long Timemodified { get; init; }

    public long? Usermodified { get; init; }
}
