namespace Insignia.Adapters.Canvas.Http;

/// <summary>Compares and describes URL origins without ever printing paths or query strings (which may hold tokens).</summary>
internal static class CanvasOrigin
{
    public static bool Same(Uri candidate, Uri origin) =>
        candidate.IsAbsoluteUri
        && string.Equals(candidate.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(candidate.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
        && candidate.Port == origin.Port
        && string.IsNullOrEmpty(candidate.UserInfo);

    public static string Describe(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? $"{uri.Scheme}://{uri.Authority}" : "(a relative or missing URL)";
}
