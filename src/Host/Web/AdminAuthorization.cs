using System.Net;
using Microsoft.Identity.Web;

namespace Insignia.Host.Web;

/// <summary>
/// Who may call the admin and registrar APIs and pages. With an institution's Entra ID configured (section
/// <c>AzureAd</c>) callers need a token with the <c>Insignia.Admin</c> role (or <c>Insignia.Registrar</c> for the
/// registrar's endpoints; admins pass those too); without it (the embedded default) only requests from this
/// machine pass, and others get a 403 problem.
/// </summary>
internal static class AdminAuthorization
{
    public const string Policy = "InsigniaAdmin";
    public const string Role = "Insignia.Admin";
    public const string RegistrarPolicy = "InsigniaRegistrar";
    public const string RegistrarRole = "Insignia.Registrar";

    public static IServiceCollection AddInsigniaAdminAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsEntraConfigured(configuration))
        {
            services.AddAuthentication().AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"));
            services.AddAuthorizationBuilder()
                .AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(Role))
                .AddPolicy(RegistrarPolicy, p => p.RequireAuthenticatedUser().RequireRole(RegistrarRole, Role));
        }

        return services;
    }

    public static RouteGroupBuilder RequireInsigniaAdmin(this RouteGroupBuilder group, IConfiguration configuration) =>
        group.RequireInsigniaPolicy(configuration, Policy);

    public static RouteGroupBuilder RequireInsigniaRegistrar(this RouteGroupBuilder group, IConfiguration configuration) =>
        group.RequireInsigniaPolicy(configuration, RegistrarPolicy);

    private static RouteGroupBuilder RequireInsigniaPolicy(this RouteGroupBuilder group, IConfiguration configuration, string policy) =>
        IsEntraConfigured(configuration)
            ? group.RequireAuthorization(policy)
            : group.AddEndpointFilter(async (context, next) =>
                context.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                    ? await next(context)
                    : Problems.Create(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden",
                        "The admin and registrar endpoints only answer this machine until an Entra ID tenant is configured (section AzureAd)."));

    private static bool IsEntraConfigured(IConfiguration configuration) => !string.IsNullOrEmpty(configuration["AzureAd:ClientId"]);
}
