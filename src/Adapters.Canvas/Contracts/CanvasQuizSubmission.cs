namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A classic-quiz QuizSubmission object (the fields the adapter maps).</summary>
internal sealed record CanvasQuizSubmission
{
    public long Id { get; init; }

    public long QuizId { get; init; }

    public long UserId { get; init; }

    public long? SubmissionId { get; init; }

    public double? Score { get; init; }

    public double? KeptScore { get; init; }

    public double? QuizPointsPossible { get; init; }

    public int? Attempt { get; init; }

    public string? WorkflowState { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
