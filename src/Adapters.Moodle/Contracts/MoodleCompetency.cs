namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A competency of a framework.</summary>
internal sealed record MoodleCompetency
{
    public long Id { get; init; }

    public string? Shortname { get; init; }

    public string? Idnumber { get; init; }

    public string? Scaleconfiguration { get; init; }
}
