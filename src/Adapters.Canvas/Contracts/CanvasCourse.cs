namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>A Canvas Course (the fields the catalog needs).</summary>
internal sealed record CanvasCourse
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? CourseCode { get; init; }

    public string? WorkflowState { get; init; }
}
