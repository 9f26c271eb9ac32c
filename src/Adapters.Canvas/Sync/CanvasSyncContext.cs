using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Courses;

namespace Insignia.Adapters.Canvas.Sync;

/// <summary>What every phase of one sync shares.</summary>
/// <param name="Client">The connection's clients.</param>
/// <param name="Course">The course being read.</param>
/// <param name="Assignments">The course's assignments, read once per sync.</param>
/// <param name="PageSize">The <c>per_page</c> to ask for.</param>
internal sealed record CanvasSyncContext(CanvasClient Client, CourseContext Course, CanvasAssignmentIndex Assignments, int PageSize)
{
    public string Source => Client.Connection.Name;

    public string CourseId => Course.CourseId;
}
