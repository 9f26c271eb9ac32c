namespace Insignia.Adapters.Moodle.Contracts;

/// <summary><c>mod_quiz_get_user_attempts</c>.</summary>
internal sealed record QuizAttemptsResponse : IMoodleWarnings
{
    public IReadOnlyList<QuizAttempt> Attempts { get; init; } = [];

    public IReadOnlyList<MoodleWarning> Warnings { get; init; } = [];
}
