namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One course completion criterion: <c>type</c> 1 self, 2 date, 3 unenrol, 4 activity, 5 duration, 6 grade, 7 role, 8 course.</summary>
internal sealed record CourseCompletionCriterion
{
    public int Type { get; init; }

    public string? Title { get; init; }

    public bool Complete { get; init; }

    public long? Timecompleted { get; init; }
}
