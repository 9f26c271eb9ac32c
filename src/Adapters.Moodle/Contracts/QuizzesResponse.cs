namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_quiz_get_quizzes_by_courses</c>.</summary>
internal sealed record QuizzesResponse : IMoodleWarnings
{
    public IReadOnlyList<MoodleQuiz> Quizzes { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
