using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Adapters.Moodle.Sync;
using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Roster;

/// <summary>The course roster from <c>core_enrol_get_enrolled_users</c>; names and emails are passed through, never logged.</summary>
internal sealed class MoodleRosterSource(MoodleSessionFactory sessions, MoodleRosterReader reader) : IRosterSource
{
    public async IAsyncEnumerable<RosterMember> GetMembersAsync(
        SourceConnection connection,
        CourseContext course,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = await sessions.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
        var moodleCourse = await MoodleCourseLoader.FindCourseAsync(session, course, cancellationToken).ConfigureAwait(false);
        await foreach (var user in reader.ReadAsync(session, moodleCourse.Id, null, cancellationToken).ConfigureAwait(false))
        {
            yield return new RosterMember(MoodleIds.Learner(user.Id), reader.IsLearner(user))
            {
                DisplayName = user.Fullname,
                Email = user.Email,
            };
        }
    }
}
