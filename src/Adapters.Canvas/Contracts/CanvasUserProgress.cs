namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>An entry of <c>courses/:id/bulk_user_progress</c>.</summary>
internal sealed record CanvasUserProgress
{
    public long Id { get; init; }

    public CanvasCourseProgress? Progress { get; init; }
}
