using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Roster;
using Insignia.Adapters.Moodle.Sessions;

namespace Insignia.Adapters.Moodle.Catalog;

/// <summary>
/// The course's gradebook items (names and maximum grades), read through one learner's grade report so that a
/// large course is not fetched whole: the first roster page names a learner, and every learner sees the same items.
/// </summary>
internal sealed class MoodleCatalogGradebook(MoodleRosterReader roster)
{
    public async Task<IReadOnlyList<GradeItem>> ReadAsync(MoodleSession session, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.Capabilities.Supports(MoodleFeatures.Grades) || !session.Capabilities.Supports(MoodleFeatures.Roster))
        {
            return [];
        }

        long? learner = null;
        await foreach (var user in roster.ReadAsync(session, courseId, "id,roles", cancellationToken).ConfigureAwait(false))
        {
            if (roster.IsLearner(user))
            {
                learner = user.Id;
                break;
            }
        }

        if (learner is not { } userId)
        {
            return [];
        }

        var report = await session.Client.CallAsync(
            MoodleFunctions.GetGradeItems,
            new MoodleParameters().Add("courseid", courseId).Add("userid", userId),
            MoodleJsonContext.Default.GradeReportResponse,
            cancellationToken).ConfigureAwait(false);
        return report.Usergrades.Count > 0 ? report.Usergrades[0].Gradeitems : [];
    }
}
