using System.Globalization;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Roster;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Reads a course's shared data: the course (1 call), its contents (1), the whole gradebook with <c>userid=0</c>
/// (1) and the learners (1 per <see cref="MoodleAdapterOptions.RosterPageSize"/> users).
/// </summary>
internal sealed class MoodleCourseLoader(MoodleRosterReader roster)
{
    public static async Task<MoodleCourse> FindCourseAsync(MoodleSession session, CourseContext course, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(course);
        var numeric = long.TryParse(course.CourseId, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        var parameters = new MoodleParameters()
            .Add("field", numeric ? "id" : "shortname")
            .Add("value", numeric ? MoodleIds.Of(id) : course.CourseId);
        var response = await session.Client.CallAsync(
            MoodleFunctions.GetCoursesByField, parameters, MoodleJsonContext.Default.CoursesByFieldResponse, cancellationToken).ConfigureAwait(false);
        return response.Courses.FirstOrDefault(c => numeric ? c.Id == id : c.Shortname == course.CourseId)
            ?? throw new EvidenceSourceException($"Moodle course '{course.CourseId}' was not found or the service user cannot see it: check the course id (or short name) and enrol the service user or grant it moodle/course:view.")
            {
                Platform = PlatformKind.Moodle,
                Code = MoodleErrors.InvalidCourse,
            };
    }

    public async Task<MoodleCourseData> LoadAsync(MoodleSession session, CourseContext course, CancellationToken cancellationToken)
    {
        var moodleCourse = await FindCourseAsync(session, course, cancellationToken).ConfigureAwait(false);
        var sections = await session.Client.CallAsync(
            MoodleFunctions.GetContents,
            new MoodleParameters().Add("courseid", moodleCourse.Id),
            MoodleJsonContext.Default.IReadOnlyListCourseSection,
            cancellationToken).ConfigureAwait(false);
        var gradebook = GradebookIndex.Empty;
        if (session.Capabilities.Supports(MoodleFeatures.Grades))
        {
            var report = await session.Client.CallAsync(
                MoodleFunctions.GetGradeItems,
                new MoodleParameters().Add("courseid", moodleCourse.Id).Add("userid", 0),
                MoodleJsonContext.Default.GradeReportResponse,
                cancellationToken).ConfigureAwait(false);
            gradebook = GradebookIndex.From(moodleCourse.Id, report);
        }

        var learners = await LearnersAsync(session, moodleCourse.Id, gradebook, cancellationToken).ConfigureAwait(false);
        return new MoodleCourseData(moodleCourse, [.. sections.SelectMany(s => s.Modules)], gradebook, learners);
    }

    private async Task<IReadOnlyList<long>> LearnersAsync(MoodleSession session, long courseId, GradebookIndex gradebook, CancellationToken cancellationToken)
    {
        if (!session.Capabilities.Supports(MoodleFeatures.Roster))
        {
            // The gradebook lists the users with graded roles; it stands in for the roster.
            return [.. gradebook.Users.Select(u => u.Userid).Distinct().Order()];
        }

        var learners = new SortedSet<long>();
        await foreach (var user in roster.ReadAsync(session, courseId, "id,roles", cancellationToken).ConfigureAwait(false))
        {
            if (roster.IsLearner(user))
            {
                learners.Add(user.Id);
            }
        }

        return [.. learners];
    }
}
