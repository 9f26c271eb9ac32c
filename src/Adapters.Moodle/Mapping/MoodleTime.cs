namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>Moodle timestamps are Unix seconds, and 0 (or null) means "not set".</summary>
internal static class MoodleTime
{
    /// <summary>Converts seconds to UTC; "not set" becomes the Unix epoch so that records stay deterministic.</summary>
    public static DateTimeOffset FromUnix(long? seconds) =>
        seconds is > 0 and var s ? DateTimeOffset.FromUnixTimeSeconds(s) : DateTimeOffset.UnixEpoch;

    public static DateTimeOffset FirstSet(params long?[] candidates) =>
        FromUnix(candidates.FirstOrDefault(c => c is > 0));
}
