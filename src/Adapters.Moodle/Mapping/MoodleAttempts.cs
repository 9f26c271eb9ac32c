using System.Globalization;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// The <see cref="Core.Evidence.EvidenceRecord.Attempt"/> values the adapter writes. One activity yields several
/// records per learner (gradebook score, completion, attempts), and the store keys records by
/// (source, activity, learner, attempt), so each kind of record has its own attempt slot.
/// </summary>
internal static class MoodleAttempts
{
    /// <summary>The gradebook's final grade.</summary>
    public const string Final = "";

    /// <summary>The activity (or course) completion state.</summary>
    public const string Completion = "completion";

    /// <summary>Quiz pass/fail judged on the best grade against the grade to pass.</summary>
    public const string BestGrade = "best";

    /// <summary>One graded quiz or assignment attempt (<c>attempt-1</c> is a quiz's first attempt, <c>attempt-0</c> an assignment's first).</summary>
    public static string Attempt(int number) => string.Create(CultureInfo.InvariantCulture, $"attempt-{number}");

    /// <summary>One assignment submission attempt.</summary>
    public static string Submission(int number) => string.Create(CultureInfo.InvariantCulture, $"submission-{number}");
}
