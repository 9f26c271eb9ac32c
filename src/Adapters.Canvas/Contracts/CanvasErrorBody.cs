namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas error body: <c>{"status"?, "errors":[{"message"}]}</c>.</summary>
internal sealed record CanvasErrorBody
{
    public string? Status { get; init; }

    public IReadOnlyList<CanvasErrorMessage>? Errors { get; init; }
}
