using System.Globalization;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>Moodle's numeric ids as the strings Core uses.</summary>
internal static class MoodleIds
{
    public static string Learner(long userId) => userId.ToString(CultureInfo.InvariantCulture);

    public static string Of(long id) => id.ToString(CultureInfo.InvariantCulture);
}
