using Insignia.Host.Connections;
using Insignia.Host.Mooc;
using Insignia.Host.Web.Admin;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the institution admin pages' services (the antiforgery cookie is the course pages', see AddCourseUi).</summary>
internal static class AdminUiServiceCollectionExtensions
{
    public static IServiceCollection AddAdminUi(this IServiceCollection services)
    {
        services.AddScoped<AdminUi>();
        services.AddScoped<ConnectionUsage>();
        services.AddScoped<MoocMappingStore>();
        services.AddScoped<MoocServices>();
        return services;
    }
}
