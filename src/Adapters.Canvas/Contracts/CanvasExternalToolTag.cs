namespace Insignia.Adapters.Canvas.Contracts;

/// <summary>The <c>external_tool_tag_attributes</c> of an external-tool assignment.</summary>
internal sealed record CanvasExternalToolTag
{
    public string? Url { get; init; }
}
