using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Web.Admin;

/// <summary>/admin/lti: the tool's URLs (dynamic registration first), registered platforms and deployments, add and edit.</summary>
internal static class LtiAdminEndpoints
{
    private static readonly Dictionary<string, (string, string)> Notices = new(StringComparer.Ordinal)
    {
        ["saved"] = ("El registro se guardó.", "The registration was saved."),
    };

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/lti", ListAsync).WithName("AdminLti").WithSummary("Tool URLs and LTI platform registrations.");
        admin.MapGet("/lti/new", NewAsync).WithName("AdminLtiNew").WithSummary("The form for a manual LTI registration.");
        admin.MapPost("/lti", CreateAsync).WithName("AdminLtiCreate").WithSummary("Adds an LTI platform registration.");
        admin.MapGet("/lti/{name}", EditAsync).WithName("AdminLtiEdit").WithSummary("The form to edit an LTI registration.");
        admin.MapPost("/lti/{name}", UpdateAsync).WithName("AdminLtiUpdate").WithSummary("Saves an LTI registration's endpoints and deployments.");
    }

    private static async Task<IResult> ListAsync(HttpContext http, AdminUi admin, LtiPlatformStore store, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        var root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return AdminUi.Page(ui!, ui!.T("Registros LTI", "LTI registrations"), LtiAdminPages.List(ui, root, await store.ListAsync(cancellationToken), AdminUi.Notice(ui, http, Notices)));
    }

    private static async Task<IResult> NewAsync(HttpContext http, AdminUi admin)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        return AdminUi.Page(ui!, ui!.T("Nuevo registro LTI", "New LTI registration"), LtiAdminPages.Form(ui, new LtiRegistrationForm(), isNew: true, new Dictionary<string, string>()));
    }

    private static async Task<IResult> EditAsync(HttpContext http, string name, AdminUi admin, LtiPlatformStore store, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        return await store.FindByNameAsync(name, cancellationToken) is { } platform
            ? AdminUi.Page(ui!, ui!.T("Editar registro LTI", "Edit LTI registration"), LtiAdminPages.Form(ui, LtiRegistrationForm.From(platform), isNew: false, new Dictionary<string, string>()))
            : NotFound(ui!);
    }

    private static Task<IResult> CreateAsync(HttpContext http, AdminUi admin, LtiPlatformStore store, CancellationToken cancellationToken) =>
        SaveAsync(http, null, admin, store, cancellationToken);

    private static Task<IResult> UpdateAsync(HttpContext http, string name, AdminUi admin, LtiPlatformStore store, CancellationToken cancellationToken) =>
        SaveAsync(http, name, admin, store, cancellationToken);

    private static async Task<IResult> SaveAsync(HttpContext http, string? name, AdminUi admin, LtiPlatformStore store, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var existing = name is null ? null : await store.FindByNameAsync(name, cancellationToken);
        if (name is not null && existing is null)
        {
            return NotFound(ui);
        }

        var form = LtiRegistrationForm.From(await http.Request.ReadFormAsync(cancellationToken), existing);
        var platform = form.ToPlatform();
        var sameName = existing is null ? await store.FindByNameAsync(platform.Name, cancellationToken) : null;
        var errors = form.Validate(ui.Language, existing, sameName);
        if (errors.Count == 0 && existing is null && (await store.FindByIssuerAsync(form.Issuer, cancellationToken)).Any(p => p.ClientId == form.ClientId))
        {
            errors["clientId"] = ui.T("Ese issuer y client id ya están registrados; edite ese registro.", "That issuer and client id are already registered; edit that registration.");
        }

        if (errors.Count > 0)
        {
            return AdminUi.Page(ui, ui.T("Registro LTI", "LTI registration"), LtiAdminPages.Form(ui, form, existing is null, errors), StatusCodes.Status422UnprocessableEntity);
        }

        await store.SaveAsync(platform, createConnection: true, cancellationToken);
        await store.KeepOnlyDeploymentsAsync(platform.Name, platform.Deployments, cancellationToken);
        return TypedResults.Redirect(ui.Url("/admin/lti?done=saved"));
    }

    private static IResult NotFound(AdminRequest ui) =>
        AdminUi.Error(ui, "not_found", ui.T("No existe ese registro LTI.", "There is no such LTI registration."), StatusCodes.Status404NotFound);
}
