using System.Text.Json;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// Maps a learner's competency rating in a course to <see cref="EvidenceKind.OutcomeMastery"/>: the raw value is
/// the rating (1-based scale item), the maximum the top scale item; unrated competencies are not evidence.
/// </summary>
internal static class CompetencyMapper
{
    public static EvidenceRecord? Map(string source, CompetencySummaryResponse response, string? fallbackName)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Usercompetencysummary is not { Usercompetencycourse: { Grade: { } grade } rating } summary)
        {
            return null;
        }

        var competency = summary.Competency?.Competency;
        return new EvidenceRecord
        {
            Source = source,
            LearnerId = MoodleIds.Learner(rating.Userid),
            Activity = MoodleActivityKeys.Competency(rating.Competencyid),
            Attempt = MoodleAttempts.Final,
            Kind = EvidenceKind.OutcomeMastery,
            ActivityName = competency?.Shortname ?? fallbackName,
            RawValue = grade,
            MaxValue = TopScaleValue(summary.Competency?.Scaleconfiguration ?? competency?.Scaleconfiguration),
            OccurredAt = MoodleTime.FromUnix(rating.Timemodified),
            Assessor = rating.Usermodified is { } by ? MoodleIds.Of(by) : null,
            Detail = rating.Proficiency == true ? MoodleDetails.Proficient : MoodleDetails.NotProficient,
        };
    }

    /// <summary>Reads the highest item id of a <c>scaleconfiguration</c> such as <c>[{"scaleid":"2"},{"id":1,...},{"id":2,...}]</c>.</summary>
    public static double? TopScaleValue(string? scaleConfiguration)
    {
        if (string.IsNullOrWhiteSpace(scaleConfiguration))
        {
            return null;
        }

        try
        {
            var entries = JsonSerializer.Deserialize(scaleConfiguration, MoodleJsonContext.Default.IReadOnlyListScaleConfigurationEntry);
            return entries?.Max(e => e.Id) is { } top ? top : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
