using System.Globalization;

namespace Insignia.Host.Web.Course;

/// <summary>Numbers, percentages and dates in the page language (es-MX or en-US).</summary>
internal static class UiFormat
{
    private static readonly CultureInfo SpanishMexico = CultureInfo.GetCultureInfo("es-MX");
    private static readonly CultureInfo EnglishUs = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Culture(string language) => language == UiLanguage.English ? EnglishUs : SpanishMexico;

    public static string Number(string language, double value) => value.ToString("0.##", Culture(language));

    public static string Count(string language, int value) => value.ToString("N0", Culture(language));

    public static string Percent(string language, double fraction) => fraction.ToString("0.#%", Culture(language));

    public static string Date(string language, DateTimeOffset value) =>
        value.ToUniversalTime().ToString("g", Culture(language)) + " UTC";

    /// <summary>A required or observed value in its unit: a fraction as a percentage, points, or a level.</summary>
    public static string Value(string language, double value, string? unit) => unit switch
    {
        "fraction" => Percent(language, value),
        "points" => Number(language, value) + UiLanguage.Pick(language, " pts", " pts"),
        "level" => UiLanguage.Pick(language, "nivel ", "level ") + Number(language, value),
        _ => Number(language, value),
    };

    /// <summary>Parses a number typed in either language ("6,5" or "6.5").</summary>
    public static double? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = text.Trim().Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }
}
