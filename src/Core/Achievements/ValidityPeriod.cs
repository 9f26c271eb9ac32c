using System.Globalization;
using System.Text.RegularExpressions;

namespace Insignia.Core.Achievements;

/// <summary>How long an issued credential stays valid, as an ISO 8601 duration of years, months and days (e.g. <c>P2Y</c>).</summary>
/// <param name="Years">Whole years.</param>
/// <param name="Months">Whole months.</param>
/// <param name="Days">Whole days.</param>
public readonly partial record struct ValidityPeriod(int Years, int Months, int Days)
{
    /// <summary>Parses an ISO 8601 duration made of years, months, weeks and days, such as <c>P1Y6M</c> or <c>P90D</c>.</summary>
    /// <param name="text">The duration text.</param>
    /// <param name="period">The parsed period.</param>
    /// <returns><see langword="true"/> when the text is such a duration and not zero.</returns>
    public static bool TryParse(string? text, out ValidityPeriod period)
    {
        period = default;
        var match = text is null ? null : DurationPattern().Match(text);
        if (match is null || !match.Success || match.Length == 1)
        {
            return false;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        period = new ValidityPeriod(Part("y"), Part("m"), (Part("w") * 7) + Part("d"));
        return period.Years + period.Months + period.Days > 0;
    }

    /// <summary>Adds the period to an instant.</summary>
    /// <param name="start">The start, usually the issuance time.</param>
    /// <returns>The end of validity.</returns>
    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);

    /// <inheritdoc/>
    public override string ToString() =>
        "P" + (Years > 0 ? $"{Years}Y" : string.Empty) + (Months > 0 ? $"{Months}M" : string.Empty) + (Days > 0 ? $"{Days}D" : string.Empty);

    [GeneratedRegex(@"^P(?:(?<y>\d{1,3})Y)?(?:(?<m>\d{1,4})M)?(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
