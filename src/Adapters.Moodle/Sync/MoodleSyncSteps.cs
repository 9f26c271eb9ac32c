namespace Insignia.Adapters.Moodle.Sync;

/// <summary>The only place the order of a course sync is written. Bulk steps first, per-learner steps after.</summary>
internal static class MoodleSyncSteps
{
    public static IReadOnlyList<MoodleSyncStep> Ordered { get; } =
    [
        new GradebookStep(),
        new AssignmentStep(),
        new QuizPassStep(),
        new QuizAttemptStep(),
        new ActivityCompletionStep(),
        new CourseCompletionStep(),
        new CompetencyStep(),
    ];

    public static int IndexOf(string? step)
    {
        for (var i = 0; i < Ordered.Count; i++)
        {
            if (Ordered[i].Name == step)
            {
                return i;
            }
        }

        return 0;
    }
}
