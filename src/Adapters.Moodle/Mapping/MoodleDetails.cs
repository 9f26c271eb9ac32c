namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>The <see cref="Core.Evidence.EvidenceRecord.Detail"/> qualifiers the adapter writes.</summary>
internal static class MoodleDetails
{
    public const string Gradebook = "gradebook";
    public const string AssignGrade = "assign_grade";
    public const string QuizAttempt = "quiz_attempt";
    public const string Submitted = "submitted";
    public const string Manual = "manual";
    public const string CompletionView = "completionview";
    public const string CompletionPassGrade = "completionpassgrade";
    public const string CompletionUseGrade = "completionusegrade";
    public const string Proficient = "proficient";
    public const string NotProficient = "not_proficient";

    public static string GradeToPass(double gradeToPass) =>
        "gradetopass:" + gradeToPass.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);
}
