using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Definitions;
using Insignia.Host.Mooc;

namespace Insignia.Host.Web.Admin;

/// <summary>/admin/mooc: map external MOOC courses to an institution course and credential definition.</summary>
internal static class MoocAdminEndpoints
{
    private static readonly Dictionary<string, (string, string)> Notices = new(StringComparer.Ordinal)
    {
        ["saved"] = ("El curso quedó vinculado.", "The course was mapped."),
        ["removed"] = ("El vínculo se quitó.", "The mapping was removed."),
    };

    private static readonly TimeSpan CatalogTimeout = TimeSpan.FromSeconds(10);

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/mooc", ShowAsync).WithName("AdminMooc").WithSummary("MOOC course mappings and the form for a new one.");
        admin.MapPost("/mooc", AddAsync).WithName("AdminMoocAdd").WithSummary("Maps an external MOOC course to an institution course and credential.");
        admin.MapPost("/mooc/{id:long}/remove", RemoveAsync).WithName("AdminMoocRemove").WithSummary("Removes a MOOC course mapping.");
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string? show, AdminUi admin, MoocServices services, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        var connections = await services.Connections.ListAsync(cancellationToken);
        var chosen = connections.FirstOrDefault(c => c.Name == show) ?? connections.FirstOrDefault(c => c.Kind == PlatformKind.Coursera) ?? (connections.Count > 0 ? connections[0] : null);
        var form = new MoocMappingForm(chosen?.Name ?? string.Empty, string.Empty, string.Empty, string.Empty);
        // The catalog is read only when asked for ("Show its courses"): a page view must not wait on a remote platform.
        return await RenderAsync(ui!, http, services, connections, form, new Dictionary<string, string>(), show is not null, StatusCodes.Status200OK, cancellationToken);
    }

    private static async Task<IResult> AddAsync(HttpContext http, AdminUi admin, MoocServices services, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var form = MoocMappingForm.From(await http.Request.ReadFormAsync(cancellationToken));
        var connections = await services.Connections.ListAsync(cancellationToken);
        var definitions = await services.Definitions.LatestOfAllAsync(cancellationToken);
        var duplicate = form.ExternalCourseId.Length > 0 && await services.Mappings.ExistsAsync(form.Connection, form.ExternalCourseId, cancellationToken);
        var errors = form.Validate(ui.Language, [.. connections.Select(c => c.Name)], [.. definitions.Select(d => d.Id)], duplicate);
        if (errors.Count > 0)
        {
            return await RenderAsync(ui, http, services, connections, form, errors, readCatalog: false, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        var definition = definitions.First(d => d.Id == form.DefinitionId);
        var (catalog, _) = await CatalogAsync(ui, services, connections.First(c => c.Name == form.Connection), cancellationToken); // for the title; bounded by CatalogTimeout
        var title = catalog?.FirstOrDefault(c => c.CourseId == form.ExternalCourseId)?.Title;
        await services.Mappings.AddAsync(form.Connection, form.ExternalCourseId, title, form.CourseKey.Length > 0 ? form.CourseKey : definition.CourseKey, definition.Id, cancellationToken);
        return TypedResults.Redirect(ui.Url("/admin/mooc?done=saved"));
    }

    private static async Task<IResult> RemoveAsync(HttpContext http, long id, AdminUi admin, MoocMappingStore mappings, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        return await mappings.RemoveAsync(id, cancellationToken)
            ? TypedResults.Redirect(ui.Url("/admin/mooc?done=removed"))
            : AdminUi.Error(ui, "not_found", ui.T("No existe ese vínculo.", "There is no such mapping."), StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RenderAsync(
        AdminRequest ui, HttpContext http, MoocServices services, IReadOnlyList<SourceConnection> connections, MoocMappingForm form, Dictionary<string, string> errors, bool readCatalog, int status, CancellationToken cancellationToken)
    {
        var chosen = connections.FirstOrDefault(c => c.Name == form.Connection);
        var (catalog, catalogError) = chosen is null || !readCatalog ? (null, null) : await CatalogAsync(ui, services, chosen, cancellationToken);
        var body = MoocAdminPages.Page(ui, await services.Mappings.ListAsync(cancellationToken), connections, await services.Definitions.LatestOfAllAsync(cancellationToken),
            form, catalog, catalogError, errors, AdminUi.Notice(ui, http, Notices));
        return AdminUi.Page(ui, ui.T("Cursos MOOC", "MOOC courses"), body, status);
    }

    /// <summary>The connection's courses from its kind's <see cref="ICatalogSource"/>; none (and why) when it has no catalog or the platform fails.</summary>
    private static async Task<(IReadOnlyList<CourseContext>? Courses, string? Error)> CatalogAsync(AdminRequest ui, MoocServices services, SourceConnection connection, CancellationToken cancellationToken)
    {
        if (connection.Kind == PlatformKind.LtiAdvantage || services.Provider.GetKeyedService<ICatalogSource>(connection.Kind) is not { } catalog)
        {
            return (null, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CatalogTimeout);
        try
        {
            return (await catalog.GetCoursesAsync(connection, timeout.Token), null);
        }
        catch (EvidenceSourceException ex)
        {
            return (null, ui.T($"No se pudo leer el catálogo ([{ex.Code}] {ex.Message}); escriba el id del curso.", $"The catalog could not be read ([{ex.Code}] {ex.Message}); enter the course id."));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, ui.T("La plataforma no respondió a tiempo; escriba el id del curso.", "The platform did not answer in time; enter the course id."));
        }
#pragma warning disable CA1031 // a platform that fails in an unexpected way must leave the form usable (type the id)
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (null, ui.T("No se pudo leer el catálogo; escriba el id del curso.", "The catalog could not be read; enter the course id."));
        }
    }
}
