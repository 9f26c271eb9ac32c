using Insignia.Adapters.Canvas.Configuration;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Catalog;

/// <summary>Lists a Canvas token's courses and, per course, what rules can refer to (keys as in <see cref="CanvasActivityKeys"/>).</summary>
internal sealed class CanvasCatalogSource(
    CanvasClientFactory clients,
    IOptions<CanvasAdapterOptions> options,
    ILogger<CanvasCatalogSource> logger) : ICatalogSource
{
    private readonly int _pageSize = options.Value.PageSize;

    public async Task<IReadOnlyList<CourseContext>> GetCoursesAsync(SourceConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var client = clients.Create(connection);
        List<CourseContext> courses = [];
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            "list the courses of the token's user",
            null,
            ct => client.Courses.ListCoursesAsync(_pageSize, ct),
            client.Courses.ListCoursesPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            courses.AddRange(page.Content.Select(c => new CourseContext(connection.Name, CanvasActivityKeys.Id(c.Id)) { Title = c.Name ?? c.CourseCode }));
        }

        return courses;
    }

    public async Task<IReadOnlyList<CatalogActivity>> GetActivitiesAsync(SourceConnection connection, CourseContext course, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(course);
        using var client = clients.Create(connection);
        var courseId = course.CourseId;
        List<CatalogActivity> activities = [];

        var assignments = await ReadAllAsync(
            client,
            $"list the assignments of course {courseId}",
            ct => client.Assignments.ListAssignmentsAsync(courseId, _pageSize, ct),
            client.Assignments.ListAssignmentsPageAsync,
            cancellationToken).ConfigureAwait(false);
        activities.AddRange(assignments.SelectMany(CanvasCatalogMapper.FromAssignment));

        var outcomes = await ReadOptionalAsync(
            client,
            course,
            "outcomes",
            $"list the outcomes of course {courseId}",
            ct => client.Outcomes.ListOutcomeLinksAsync(courseId, _pageSize, ct),
            client.Outcomes.ListOutcomeLinksPageAsync,
            cancellationToken).ConfigureAwait(false);
        activities.AddRange(CanvasCatalogMapper.FromOutcomes(outcomes));

        var modules = await ReadOptionalAsync(
            client,
            course,
            "modules",
            $"list the modules of course {courseId}",
            ct => client.Courses.ListModulesAsync(courseId, null, _pageSize, ct),
            client.Courses.ListModulesPageAsync,
            cancellationToken).ConfigureAwait(false);
        activities.AddRange(CanvasCatalogMapper.FromModules(modules));

        activities.AddRange(CanvasCatalogMapper.ForCourse(courseId));
        return activities;
    }

    private static async Task<List<T>> ReadAllAsync<T>(
        CanvasClient client,
        string what,
        Func<CancellationToken, Task<Refit.IApiResponse<List<T>>>> first,
        Func<Uri, CancellationToken, Task<Refit.IApiResponse<List<T>>>> following,
        CancellationToken cancellationToken)
    {
        List<T> all = [];
        await foreach (var page in CanvasPaging.StreamAsync(client, what, null, first, following, cancellationToken).ConfigureAwait(false))
        {
            all.AddRange(page.Content);
        }

        return all;
    }

    private async Task<List<T>> ReadOptionalAsync<T>(
        CanvasClient client,
        CourseContext course,
        string feature,
        string what,
        Func<CancellationToken, Task<Refit.IApiResponse<List<T>>>> first,
        Func<Uri, CancellationToken, Task<Refit.IApiResponse<List<T>>>> following,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAllAsync(client, what, first, following, cancellationToken).ConfigureAwait(false);
        }
        catch (EvidenceSourceException refused) when (refused.Code is CanvasErrors.NotFound or CanvasErrors.Forbidden)
        {
            Log.FeatureSkipped(logger, course.Source, course.CourseId, feature, refused.Code);
            return [];
        }
    }
}
