namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The grade items of one user in one course.</summary>
internal sealed record UserGrades
{
    public long Courseid { get; init; }

    public long Userid { get; init; }

    public IReadOnlyList<GradeItem> Gradeitems { get; init; } = [];
}
