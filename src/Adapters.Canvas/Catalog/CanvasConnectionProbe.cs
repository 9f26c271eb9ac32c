using Insignia.Adapters.Canvas.Http;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Catalog;

/// <summary>
/// Tests a Canvas connection: the token's user (<c>users/self</c>), its course list, and, when the connection's
/// <c>course</c> setting names a course, each evidence endpoint of that course. A refusal becomes a problem or a
/// degraded feature with what to do; only an unreachable Canvas throws.
/// </summary>
internal sealed class CanvasConnectionProbe(CanvasClientFactory clients) : IConnectionProbe
{
    public const string CourseSetting = "course";

    public async Task<ConnectionProbeResult> ProbeAsync(SourceConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var site = connection.BaseUrl.Host;
        CanvasClient client;
        try
        {
            client = clients.Create(connection);
        }
        catch (EvidenceSourceException refused)
        {
            return new ConnectionProbeResult(false, site) { Problems = [refused.Message] };
        }

        using (client)
        {
            var probe = new CanvasProbeRun(client, cancellationToken);
            if (!await probe.CheckAsync("GET /api/v1/users/self", "read the token's user", ct => client.Courses.GetSelfAsync(ct), required: true).ConfigureAwait(false))
            {
                return probe.Result(false, site);
            }

            await probe.CheckAsync("GET /api/v1/courses", "list courses", ct => client.Courses.ListCoursesAsync(1, ct), required: true).ConfigureAwait(false);
            if (connection.Settings.TryGetValue(CourseSetting, out var courseId) && !string.IsNullOrWhiteSpace(courseId))
            {
                await ProbeCourseAsync(probe, client, courseId.Trim()).ConfigureAwait(false);
            }

            return probe.Result(true, site);
        }
    }

    private static async Task ProbeCourseAsync(CanvasProbeRun probe, CanvasClient client, string courseId)
    {
        await probe.CheckAsync("GET students/submissions", $"read the submissions of course {courseId}",
            ct => client.Submissions.ListStudentSubmissionsAsync(courseId, null, 1, ct), required: true).ConfigureAwait(false);
        await probe.CheckAsync("GET assignments", $"list the assignments of course {courseId}",
            ct => client.Assignments.ListAssignmentsAsync(courseId, 1, ct), required: true).ConfigureAwait(false);
        await probe.CheckAsync("GET outcome_results", $"read the outcome results of course {courseId}",
            ct => client.Outcomes.ListOutcomeResultsAsync(courseId, 1, ct), required: false).ConfigureAwait(false);
        await probe.CheckAsync("GET enrollments", $"read the enrollments of course {courseId}",
            ct => client.Courses.ListEnrollmentsAsync(courseId, "StudentEnrollment", 1, ct), required: false).ConfigureAwait(false);
        await probe.CheckAsync("GET bulk_user_progress", $"read the course progress of course {courseId}",
            ct => client.Courses.ListUserProgressAsync(courseId, 1, ct), required: false).ConfigureAwait(false);
    }
}
