namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>One entry of a Canvas error body.</summary>
internal sealed record CanvasErrorMessage
{
    public string? Message { get; init; }
}
