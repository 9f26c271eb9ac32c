using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Adapters.Moodle.Sync;
using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Catalog;

/// <summary>
/// Courses and the activities rules can name: graded modules and modules with completion tracking
/// (<c>core_course_get_contents</c>), manual grade items and the course total (one learner's grade report), their maximum points (<c>mod_assign_get_assignments</c>,
/// <c>mod_quiz_get_quizzes_by_courses</c>), quiz pass marks (<c>gradetopass</c>), the course's competencies and
/// course completion.
/// </summary>
internal sealed class MoodleCatalogSource(MoodleSessionFactory sessions, MoodleCatalogGradebook gradebook) : ICatalogSource
{
    public async Task<IReadOnlyList<CourseContext>> GetCoursesAsync(SourceConnection connection, CancellationToken cancellationToken)
    {
        var session = await sessions.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
        var response = await session.Client.CallAsync(
            MoodleFunctions.GetCoursesByField, MoodleParameters.None, MoodleJsonContext.Default.CoursesByFieldResponse, cancellationToken)
            .ConfigureAwait(false);
        return [.. response.Courses
            .Where(c => c.Id != session.Site.Siteid && c.Format != "site")
            .OrderBy(c => c.Id)
            .Select(c => new CourseContext(connection.Name, MoodleIds.Of(c.Id)) { Title = c.Fullname })];
    }

    public async Task<IReadOnlyList<CatalogActivity>> GetActivitiesAsync(
        SourceConnection connection,
        CourseContext course,
        CancellationToken cancellationToken)
    {
        var session = await sessions.OpenAsync(connection, cancellationToken).ConfigureAwait(false);
        var moodleCourse = await MoodleCourseLoader.FindCourseAsync(session, course, cancellationToken).ConfigureAwait(false);
        var sections = await session.Client.CallAsync(
            MoodleFunctions.GetContents,
            new MoodleParameters().Add("courseid", moodleCourse.Id),
            MoodleJsonContext.Default.IReadOnlyListCourseSection,
            cancellationToken).ConfigureAwait(false);
        var modules = sections.SelectMany(s => s.Modules).Where(m => m.Modname is { Length: > 0 }).ToList();
        var items = await gradebook.ReadAsync(session, moodleCourse.Id, cancellationToken).ConfigureAwait(false);
        var points = await MoodleCatalogPoints.ReadAsync(session, moodleCourse.Id, modules, items, cancellationToken).ConfigureAwait(false);

        var activities = modules
            .Where(m => m.Completion != 0 || points.IsGraded(m))
            .Select(m => points.Describe(m))
            .ToList();
        activities.AddRange(MoodleCatalogPoints.OtherGradeItems(moodleCourse.Id, items));
        activities.AddRange(await MoodleCatalogPoints.CompetenciesAsync(session, moodleCourse.Id, cancellationToken).ConfigureAwait(false));
        if (moodleCourse.Enablecompletion != 0)
        {
            activities.Add(new CatalogActivity(MoodleActivityKeys.Course(moodleCourse.Id), moodleCourse.Fullname ?? "Course completion"));
        }

        return activities;
    }
}
