using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Configuration;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Catalog;

/// <summary>Reads a course's roster from its active and completed enrollments, one page at a time.</summary>
internal sealed class CanvasRosterSource(CanvasClientFactory clients, IOptions<CanvasAdapterOptions> options) : IRosterSource
{
    public async IAsyncEnumerable<RosterMember> GetMembersAsync(
        SourceConnection connection,
        CourseContext course,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(course);
        using var client = clients.Create(connection);
        HashSet<long> seen = [];
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"list the enrollments of course {course.CourseId}",
            null,
            ct => client.Courses.ListEnrollmentsAsync(course.CourseId, null, options.Value.PageSize, ct),
            client.Courses.ListEnrollmentsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            // A person enrolled in two sections appears twice; the first enrollment names them.
            foreach (var enrollment in page.Content.Where(e => seen.Add(e.UserId)))
            {
                yield return new RosterMember(CanvasActivityKeys.Id(enrollment.UserId), enrollment.Type == "StudentEnrollment")
                {
                    DisplayName = enrollment.User?.Name,
                    Email = enrollment.User?.Email,
                };
            }
        }
    }
}
