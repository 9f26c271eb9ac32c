using System.Text.Json.Serialization;

namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>
/// Source-generated serializers for the wire contracts. Moodle's keys are lower-case run-together words
/// (<c>graderaw</c>), so case-insensitive matching maps them onto the PascalCase properties; numbers sometimes
/// arrive as strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SiteInfo))]
[JsonSerializable(typeof(MoodleErrorBody))]
[JsonSerializable(typeof(LoginTokenResponse))]
[JsonSerializable(typeof(CoursesByFieldResponse))]
[JsonSerializable(typeof(IReadOnlyList<CourseSection>))]
[JsonSerializable(typeof(GradeReportResponse))]
[JsonSerializable(typeof(AssignGradesResponse))]
[JsonSerializable(typeof(AssignSubmissionsResponse))]
[JsonSerializable(typeof(AssignmentsResponse))]
[JsonSerializable(typeof(QuizAttemptsResponse))]
[JsonSerializable(typeof(QuizBestGrade))]
[JsonSerializable(typeof(QuizzesResponse))]
[JsonSerializable(typeof(ActivitiesCompletionResponse))]
[JsonSerializable(typeof(CourseCompletionResponse))]
[JsonSerializable(typeof(IReadOnlyList<CourseCompetencyEntry>))]
[JsonSerializable(typeof(CompetencySummaryResponse))]
[JsonSerializable(typeof(IReadOnlyList<EnrolledUser>))]
[JsonSerializable(typeof(IReadOnlyList<ScaleConfigurationEntry>))]
internal sealed partial class MoodleJsonContext : JsonSerializerContext;
