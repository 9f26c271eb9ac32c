using System.Net;
using Microsoft.Identity.Web;

namespace Insignia.Host.Web;

/// <summary>
/// Who may call the admin API. With an institution's Entra ID configured (section <c>AzureAd</c>) callers need a
/// token with the <c>Insignia.Admin</c> role; without it (the embedded default) only requests from this machine
/// pass, and others get a 403 problem.
/// </summary>
internal static class AdminAuthorization
{
    public const string Policy = "InsigniaAdmin";
    public const string Role = "Insignia.Admin";

    public static IServiceCollection AddInsigniaAdminAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEntraConfigured(configuration))
        {
            services.AddAuthentication().AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"));
            services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(Role));
        }

        return services;
    }

    public static RouteGroupBuilder RequireInsigniaAdmin(this RouteGroupBuilder group, IConfiguration configuration) =>
        IsEntraConfigured(configuration)
            ? group.RequireAuthorization(Policy)
            : group.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                    ? await next(context)
                    : Problems.Create(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden",
                        "The admin API only answers this machine until an Entra ID tenant is configured (section AzureAd)."));

    private static bool IsEntraConfigured(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["AzureAd:ClientId"]);
}
