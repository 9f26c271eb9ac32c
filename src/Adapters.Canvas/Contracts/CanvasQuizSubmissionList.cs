namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The body of <c>quizzes/:quiz_id/submissions</c>, optionally with the backing submissions.</summary>
internal sealed record CanvasQuizSubmissionList
{
    public IReadOnlyList<CanvasQuizSubmission> QuizSubmissions { get; init; } = [];

    public IReadOnlyList<CanvasSubmission>? Submissions { get; init; }
}
