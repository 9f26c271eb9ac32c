namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A user's rating on one competency in one course, with the competency and its scale.</summary>
internal sealed record UserCompetencySummary
{
    public CompetencyDetail? Competency { get; init; }

    public UserCompetencyCourse? Usercompetencycourse { get; init; }
}
