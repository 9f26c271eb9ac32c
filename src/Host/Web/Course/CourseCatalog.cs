using Insignia.Core.Courses;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Evidence;

namespace Insignia.Host.Web.Course;

/// <summary>
/// The course's activities for the rule builder, from the connection's <see cref="ICatalogSource"/> (keyed by the
/// connection's kind). Without a connection or catalog, the activities seen in stored evidence are offered instead.
/// </summary>
internal sealed class CourseCatalog(IServiceProvider services, ConnectionStore connections, EvidenceStore evidence)
{
    public async Task<(IReadOnlyList<CatalogActivity> Activities, IReadOnlySet<ActivityKey>? Known)> ActivitiesAsync(CourseContext course, CancellationToken cancellationToken)
    {
        var connection = await connections.FindAsync(course.Source, cancellationToken);
        if (connection is not null && services.GetKeyedService<ICatalogSource>(connection.Kind) is { } catalog)
        {
            try
            {
                var activities = await catalog.GetActivitiesAsync(connection, course, cancellationToken);
                return (activities, activities.Select(a => a.Key).ToHashSet());
            }
            catch (EvidenceSourceException)
            {
                // The platform is unreachable: fall back to what the stored evidence knows, without the activity check.
            }
        }

        var names = await evidence.ActivityNamesAsync(course.Source, course.CourseId, cancellationToken);
        return ([.. names.OrderBy(n => n.Value, StringComparer.CurrentCulture).Select(n => new CatalogActivity(n.Key, n.Value))], null);
    }
}
