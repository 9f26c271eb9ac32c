namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas Module, with items when <c>include[]=items</c> was asked for.</summary>
internal sealed record CanvasModule
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? State { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public IReadOnlyList<CanvasModuleItem>? Items { get; init; }
}
