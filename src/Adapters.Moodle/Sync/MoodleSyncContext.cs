using Insignia.Adapters.Moodle.Sessions;
using Microsoft.Extensions.Logging;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>Everything a sync step needs.</summary>
/// <param name="Session">The opened connection.</param>
/// <param name="Data">The course's shared data.</param>
/// <param name="Since">Unix seconds for Moodle's <c>since</c> filters (overlap already applied); <see langword="null"/> on a full sync.</param>
/// <param name="Options">The adapter options.</param>
/// <param name="Logger">Where steps log degradation (never personal data).</param>
internal sealed record MoodleSyncContext(
    MoodleSession Session,
    MoodleCourseData Data,
    long? Since,
    MoodleAdapterOptions Options,
    ILogger Logger)
{
    public string Source => Session.Connection.Name;

    public string CourseId => Mapping.MoodleIds.Of(Data.CourseId);
}
