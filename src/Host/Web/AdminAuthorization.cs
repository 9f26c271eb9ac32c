using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace Insignia.Host.Web;

/// <summary>
/// The admin API policy. With an institution's Entra ID configured (section <c>AzureAd</c>) callers need a token
/// with the <c>Insignia.Admin</c> role; without it (the embedded default) only requests from this machine pass.
/// </summary>
internal static class AdminAuthorization
{
    public const string Policy = "InsigniaAdmin";
    public const string Role = "Insignia.Admin";

    public static IServiceCollection AddInsigniaAdminAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        var entra = configuration.GetSection("AzureAd");
        if (!string.IsNullOrEmpty(entra["ClientId"]))
        {
            services.AddAuthentication().AddMicrosoftIdentityWebApi(entra);
            services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(Role));
        }
        else
        {
            services.AddAuthentication();
            services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireAssertion(c =>
                c.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)));
        }

        return services;
    }
}
