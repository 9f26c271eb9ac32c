using Insignia.Core.Ports;
using Insignia.Host.Issuer;

namespace Insignia.Host.Web.Admin;

/// <summary>/admin/issuer: the issuer profile (view and edit), its signing keys, and key rotation with a confirmation step.</summary>
internal static class IssuerAdminEndpoints
{
    private static readonly Dictionary<string, (string, string)> Notices = new(StringComparer.Ordinal)
    {
        ["saved"] = ("El perfil se guardó; las credenciales nuevas lo usan.", "The profile was saved; new credentials use it."),
        ["rotated"] = ("La clave se rotó: la nueva firma desde ahora y la anterior sigue publicada.", "The key was rotated: the new one signs from now on and the old one stays published."),
    };

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/issuer", ShowAsync).WithName("AdminIssuer").WithSummary("The issuer profile and its signing keys.");
        admin.MapPost("/issuer", SaveAsync).WithName("AdminIssuerSave").WithSummary("Saves the issuer profile.");
        admin.MapGet("/issuer/rotate", ConfirmAsync).WithName("AdminIssuerRotateConfirm").WithSummary("Asks to confirm a key rotation.");
        admin.MapPost("/issuer/rotate", RotateAsync).WithName("AdminIssuerRotate").WithSummary("Rotates a signing key; the old key stays published.");
    }

    private static async Task<IResult> ShowAsync(HttpContext http, AdminUi admin, IssuerDirectory directory, IssuerKeys keys, IKeyStore store, CancellationToken cancellationToken)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        await keys.ControllerDocumentAsync(directory.IssuerDid, cancellationToken); // the Ed25519 key exists from first use on
        var list = await store.ListPublicKeysAsync(directory.IssuerId, cancellationToken);
        return AdminUi.Page(ui!, ui!.T("Emisor", "Issuer"), IssuerAdminPages.Page(ui, directory, IssuerProfileForm.From(directory.Profile), new Dictionary<string, string>(), list, AdminUi.Notice(ui, http, Notices)));
    }

    private static async Task<IResult> SaveAsync(HttpContext http, AdminUi admin, IssuerDirectory directory, IssuerProfileStore profiles, IKeyStore store, ILogger<AdminUi> logger, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var form = IssuerProfileForm.From(await http.Request.ReadFormAsync(cancellationToken));
        var (profile, errors) = form.ToProfile(directory.IssuerDid, ui.Language);
        if (profile is null)
        {
            var list = await store.ListPublicKeysAsync(directory.IssuerId, cancellationToken);
            return AdminUi.Page(ui, ui.T("Emisor", "Issuer"), IssuerAdminPages.Page(ui, directory, form, errors, list, string.Empty), StatusCodes.Status422UnprocessableEntity);
        }

        await profiles.SaveAsync(profile, cancellationToken);
        Log.AdminProfileUpdated(logger, directory.IssuerId);
        return TypedResults.Redirect(ui.Url("/admin/issuer?done=saved"));
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, string? algorithm, AdminUi admin)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        return IssuerAdminPages.Parse(algorithm ?? string.Empty) is null
            ? UnknownAlgorithm(ui!)
            : AdminUi.Page(ui!, ui!.T("Rotar clave", "Rotate key"), IssuerAdminPages.Confirm(ui, algorithm!, null));
    }

    private static async Task<IResult> RotateAsync(HttpContext http, AdminUi admin, IssuerDirectory directory, IKeyStore store, ILogger<AdminUi> logger, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await admin.OpenAsync(http, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var algorithm = form["algorithm"].ToString();
        if (IssuerAdminPages.Parse(algorithm) is not { } parsed)
        {
            return UnknownAlgorithm(ui);
        }

        if (form["confirm"] != "yes")
        {
            return AdminUi.Page(ui, ui.T("Rotar clave", "Rotate key"), IssuerAdminPages.Confirm(ui, algorithm,
                ui.T("Marque la casilla para confirmar la rotación.", "Tick the box to confirm the rotation.")), StatusCodes.Status422UnprocessableEntity);
        }

        var created = await store.RotateAsync(directory.IssuerId, parsed, cancellationToken);
        Log.AdminKeyRotated(logger, directory.IssuerId, algorithm, created.KeyId);
        return TypedResults.Redirect(ui.Url("/admin/issuer?done=rotated"));
    }

    private static IResult UnknownAlgorithm(AdminRequest ui) =>
        AdminUi.Error(ui, "unknown_algorithm", ui.T("Elija ed25519 o rsa.", "Choose ed25519 or rsa."), StatusCodes.Status422UnprocessableEntity);
}
