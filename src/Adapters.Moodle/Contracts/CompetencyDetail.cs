namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The exported competency: the competency itself and the scale configuration in force.</summary>
internal sealed record CompetencyDetail
{
    public MoodleCompetency? Competency { get; init; }

    public string? Scaleconfiguration { get; init; }
}
