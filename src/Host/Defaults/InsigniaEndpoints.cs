using Insignia.Host.Web;
using Insignia.Host.Web.Admin;
using Insignia.Host.Web.Course;
using Insignia.Host.Web.Insights;
using Insignia.Host.Web.Registrar;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps every Insignia endpoint group.</summary>
internal static class InsigniaEndpoints
{
    public static WebApplication MapInsigniaEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHomeEndpoints();
        app.MapCourseApiEndpoints();
        app.MapCourseUiEndpoints();
        app.MapAdminEndpoints(app.Configuration);
        app.MapRegistrarEndpoints().MapInsightsEndpoints();
        return app;
    }
}
