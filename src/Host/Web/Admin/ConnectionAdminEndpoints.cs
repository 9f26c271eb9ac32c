using Insignia.Host.Connections;

namespace Insignia.Host.Web.Admin;

/// <summary>/admin/connections: list, add, edit, test (the kind's <see cref="IConnectionProbe"/>) and remove (refused while in use).</summary>
internal static class ConnectionAdminEndpoints
{
    private static readonly Dictionary<string, (string, string)> Notices = new(StringComparer.Ordinal)
    {
        ["saved"] = ("La conexión se guardó. Pruébela con «Probar».", "The connection was saved. Check it with \"Test\"."),
        ["removed"] = ("La conexión se quitó, junto con su secreto.", "The connection was removed, with its secret."),
    };

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/connections", ListAsync).WithName("AdminConnections").WithSummary("Platform connections.");
        admin.MapGet("/connections/new", NewAsync).WithName("AdminConnectionNew").WithSummary("The form for a new connection.");
        admin.MapPost("/connections", CreateAsync).WithName("AdminConnectionCreate").WithSummary("Adds a connection; the token goes to the secret store.");
        admin.MapGet("/connections/{name}", EditAsync).WithName("AdminConnectionEdit").WithSummary("The form to edit a connection.");
        admin.MapPost("/connections/{name}", UpdateAsync).WithName("AdminConnectionUpdate").WithSummary("Saves a connection; an empty token keeps the stored one.");
        admin.MapPost("/connections/{name}/test", TestAsync).WithName("AdminConnectionTest").WithSummary("Tests a connection with its kind's probe.");
        admin.MapPost("/connections/{name}/remove", RemoveAsync).WithName("AdminConnectionRemove").WithSummary("Removes a connection that nothing uses.");
    }

    private static async Task<IResult> ListAsync(HttpContext http, AdminUi admin, ConnectionStore store, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        return AdminUi.Page(ui!, ui!.T("Conexiones", "Connections"), ConnectionAdminPages.List(ui, await store.ListAsync(cancellationToken), AdminUi.Notice(ui, http, Notices)));
    }

    private static async Task<IResult> NewAsync(HttpContext http, AdminUi admin)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        return AdminUi.Page(ui!, ui!.T("Nueva conexión", "New connection"), ConnectionAdminPages.Form(ui, new ConnectionForm(), isNew: true, new Dictionary<string, string>()));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminUi admin, ConnectionStore store, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var form = ConnectionForm.From(await http.Request.ReadFormAsync(cancellationToken), fixedName: null);
        var taken = form.Name.Length > 0 && await store.FindAsync(form.Name, cancellationToken) is not null;
        return await SaveAsync(ui, form, isNew: true, form.Validate(ui.Language, isNew: true, taken), store, cancellationToken);
    }

    private static async Task<IResult> EditAsync(HttpContext http, string name, AdminUi admin, ConnectionStore store, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        var connection = await store.FindAsync(name, cancellationToken);
        return connection is null || !ConnectionForm.Kinds.Contains(connection.Kind)
            ? NotEditable(ui!, connection is null)
            : AdminUi.Page(ui!, ui!.T("Editar conexión", "Edit connection"), ConnectionAdminPages.Form(ui, ConnectionForm.From(connection), isNew: false, new Dictionary<string, string>()));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string name, AdminUi admin, ConnectionStore store, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var existing = await store.FindAsync(name, cancellationToken);
        if (existing is null || !ConnectionForm.Kinds.Contains(existing.Kind))
        {
            return NotEditable(ui, existing is null);
        }

        var form = ConnectionForm.From(await http.Request.ReadFormAsync(cancellationToken), fixedName: name) with { HasStoredToken = existing.SecretReference is not null };
        return await SaveAsync(ui, form, isNew: false, form.Validate(ui.Language, isNew: existing.SecretReference is null, nameTaken: false), store, cancellationToken);
    }

    private static async Task<IResult> SaveAsync(AdminRequest ui, ConnectionForm form, bool isNew, Dictionary<string, string> errors, ConnectionStore store, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            return AdminUi.Page(ui, ui.T("Conexión", "Connection"), ConnectionAdminPages.Form(ui, form with { Token = string.Empty }, isNew, errors), StatusCodes.Status422UnprocessableEntity);
        }

        await store.AddAsync(form.Name, form.Kind, new Uri(form.BaseUrl), form.Token.Length > 0 ? form.Token : null, form.Settings, cancellationToken);
        return TypedResults.Redirect(ui.Url("/admin/connections?done=saved"));
    }

    private static async Task<IResult> TestAsync(HttpContext http, string name, AdminUi admin, ConnectionTester tester, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var outcome = await tester.TestAsync(name, cancellationToken);
        if (outcome.Connection is null)
        {
            return NotEditable(ui, missing: true);
        }

        var error = outcome.ErrorCode switch
        {
            null => null,
            ConnectionTestOutcome.NoProbe => ui.T($"el adaptador «{outcome.Connection.Kind}» aún no puede probar conexiones.", $"the '{outcome.Connection.Kind}' adapter cannot test connections yet."),
            ConnectionTestOutcome.Unexpected => ui.T("la plataforma no respondió como se esperaba; revise la URL base y el registro del servidor.", "the platform did not answer as expected; check the base URL and the server log."),
            var code => $"[{code}] {outcome.ErrorMessage}",
        };
        return AdminUi.Page(ui, ui.T("Prueba", "Test"), ConnectionAdminPages.TestReport(ui, outcome.Connection, outcome.Result, error));
    }

    private static async Task<IResult> RemoveAsync(HttpContext http, string name, AdminUi admin, ConnectionUsage usage, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var uses = await usage.FindAsync(name, cancellationToken);
        if (uses.Count > 0)
        {
            var text = string.Join(", ", uses.Select(u => Describe(ui, u)));
            return AdminUi.Error(ui, "connection_in_use", ui.T(
                $"La conexión «{name}» no se puede quitar porque está en uso: {text}. Quite primero esos usos.",
                $"The connection '{name}' cannot be removed while it is in use: {text}. Remove those uses first."), StatusCodes.Status409Conflict);
        }

        return await usage.RemoveAsync(name, cancellationToken)
            ? TypedResults.Redirect(ui.Url("/admin/connections?done=removed"))
            : NotEditable(ui, missing: true);
    }

    private static string Describe(AdminRequest ui, string use) => use.Split(':') switch
    {
        ["definitions", var n] => ui.T($"{n} credenciales de sus cursos", $"{n} credentials of its courses"),
        ["sync", ..] => ui.T("sincronizaciones guardadas", "stored syncs"),
        ["lti", ..] => ui.T("un registro LTI", "an LTI registration"),
        ["mooc", var n] => ui.T($"{n} cursos MOOC vinculados", $"{n} mapped MOOC courses"),
        _ => use,
    };

    private static IResult NotEditable(AdminRequest ui, bool missing) => missing
        ? AdminUi.Error(ui, "not_found", ui.T("No existe esa conexión.", "There is no such connection."), StatusCodes.Status404NotFound)
        : AdminUi.Error(ui, "managed_elsewhere", ui.T("Esta conexión la administra su registro LTI o la demostración; edítela allí.", "This connection is managed by its LTI registration or the demo; edit it there."), StatusCodes.Status409Conflict);
}
