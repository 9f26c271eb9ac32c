namespace Insignia.Adapters.Canvas.Http;

/// <summary>One page of a Canvas list and the server-given link to the page after it.</summary>
/// <param name="Content">The page body.</param>
/// <param name="Next">The <c>rel="next"</c> URL, or <see langword="null"/> on the last page.</param>
internal sealed record CanvasPage<T>(T Content, Uri? Next);
