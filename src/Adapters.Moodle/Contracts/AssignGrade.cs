namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One assignment grade; <c>grade</c> is a string such as <c>"88.00000"</c>, and <c>"-1.00000"</c> means not graded.</summary>
internal sealed record AssignGrade
{
    public long Id { get; init; }

    public long Userid { get; init; }

    public int Attemptnumber { get; init; }

    public long Timecreated { get; init; }

    public long Timemodified { get; init; }

    public long Grader { get; init; }

    public string? Grade { get; init; }
}
