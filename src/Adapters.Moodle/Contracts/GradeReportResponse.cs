namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>gradereport_user_get_grade_items</c>.</summary>
internal sealed record GradeReportResponse : IMoodleWarnings
{
    public IReadOnlyList<UserGrades> Usergrades { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
