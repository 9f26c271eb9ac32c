namespace Insignia.Adapters.Canvas;

/// <summary>Names the Canvas adapter uses in more than one place.</summary>
internal static class CanvasConstants
{
    /// <summary>The platform part of every activity key this adapter writes.</summary>
    public const string Platform = "canvas";

    /// <summary>The named HttpClient pipeline (token, resilience, pacing).</summary>
    public const string HttpClientName = "Insignia.Adapters.Canvas";

    /// <summary>The name of the resilience pipeline.</summary>
    public const string ResiliencePipelineName = "canvas";
}
