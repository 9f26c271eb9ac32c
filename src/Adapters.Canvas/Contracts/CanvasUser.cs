namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas User as embedded in enrollments or returned by <c>users/self</c>.</summary>
internal sealed record CanvasUser
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }
}
