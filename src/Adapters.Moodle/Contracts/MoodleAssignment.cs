namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>An assignment: <c>grade</c> is the maximum points (negative: a scale id).</summary>
internal sealed record MoodleAssignment
{
    public long Id { get; init; }

    public long Cmid { get; init; }

    public string? Name { get; init; }

    public double? Grade { get; init; }
}
