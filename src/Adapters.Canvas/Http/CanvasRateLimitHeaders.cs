using System.Globalization;
using System.Net.Http.Headers;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>Reads Canvas's <c>X-Rate-Limit-Remaining</c> and <c>X-Request-Cost</c> (floats, invariant culture).</summary>
internal static class CanvasRateLimitHeaders
{
    public const string Remaining = "X-Rate-Limit-Remaining";
    public const string Cost = "X-Request-Cost";

    public static double? ReadRemaining(HttpResponseHeaders headers) => Read(headers, Remaining);

    public static double? ReadCost(HttpResponseHeaders headers) => Read(headers, Cost);

    private static double? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? value
            : null;
}
