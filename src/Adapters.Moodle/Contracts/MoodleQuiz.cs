namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A quiz: <c>grade</c> is the maximum on the quiz scale, <c>sumgrades</c> the maximum raw marks.</summary>
internal sealed record MoodleQuiz
{
    public long Id { get; init; }

    public long Coursemodule { get; init; }

    public string? Name { get; init; }

    public double? Grade { get; init; }

    public double? Sumgrades { get; init; }
}
