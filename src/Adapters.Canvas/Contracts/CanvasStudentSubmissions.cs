namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>One learner's entry in <c>students/submissions?grouped=1</c>.</summary>
internal sealed record CanvasStudentSubmissions
{
    public long UserId { get; init; }

    public long? SectionId { get; init; }

    public IReadOnlyList<CanvasSubmission> Submissions { get; init; } = [];
}
