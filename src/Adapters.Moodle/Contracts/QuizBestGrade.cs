namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_quiz_get_user_best_grade</c>: the grade on the quiz scale and the grade to pass, if set.</summary>
internal sealed record QuizBestGrade : IMoodleWarnings
{
    public bool Hasgrade { get; init; }

    public double? Grade { get; init; }

    public double? Gradetopass { get; init; }

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
