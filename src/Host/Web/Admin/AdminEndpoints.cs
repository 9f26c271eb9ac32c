using System.Globalization;
using System.Text;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>
/// The institution admin pages under /admin: connections, LTI registrations, issuer profile and keys, MOOC mappings.
/// Loopback-only in embedded mode, the Insignia.Admin role with Entra ID (<see cref="AdminAuthorization"/>).
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        // Forms validate antiforgery themselves (AdminUi.OpenAsync), so a forged post gets a page, not a bare 400.
        var admin = app.MapGroup("/admin").DisableAntiforgery().RequireInsigniaAdmin(configuration).WithTags("Admin pages");
        admin.MapGet("/", HomeAsync).WithName("AdminHome").WithSummary("The admin home page.");
        admin.MapGet("/admin.js", () => TypedResults.Text(AdminScript.Source, "text/javascript; charset=utf-8")).WithName("AdminScript").WithSummary("The admin pages' small script.");
        ConnectionAdminEndpoints.Map(admin);
        LtiAdminEndpoints.Map(admin);
        IssuerAdminEndpoints.Map(admin);
        MoocAdminEndpoints.Map(admin);
        return app;
    }

    private static async Task<IResult> HomeAsync(HttpContext http, AdminUi admin)
    {
        var (ui, _) = await admin.OpenAsync(http, isForm: false);
        var html = new StringBuilder($"<h1>{E(ui!.T("Administración de Insignia", "Insignia administration"))}</h1><ul>");
        foreach (var (path, es, en) in AdminUi.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(ui.Url(path))}\">{E(ui.T(es, en))}</a></li>");
        }

        return AdminUi.Page(ui, ui.T("Administración", "Administration"), html.Append("</ul>").ToString());
    }
}
