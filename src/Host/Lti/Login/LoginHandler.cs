using System.Security.Cryptography;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Login;

/// <summary>
/// OIDC third-party initiated login: picks the registration, makes state and nonce, binds them to this browser
/// (partitioned cookie always; platform storage too when <c>lti_storage_target</c> is given) and sends the browser
/// to the platform's authorization endpoint.
/// </summary>
internal sealed class LoginHandler(LtiPlatformStore platforms, LoginTicketProtector tickets, IOptions<LtiToolOptions> options, TimeProvider time)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        var p = await ReadParametersAsync(http.Request, cancellationToken);
        var issuer = p.GetValueOrDefault("iss");
        var loginHint = p.GetValueOrDefault("login_hint");
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(loginHint) || string.IsNullOrEmpty(p.GetValueOrDefault("target_link_uri")))
        {
            return LtiHtml.Error(language, "login_invalid", "The login request needs iss, login_hint and target_link_uri.");
        }

        var candidates = await platforms.FindByIssuerAsync(issuer, cancellationToken);
        var clientId = p.GetValueOrDefault("client_id");
        var platform = candidates.FirstOrDefault(c => clientId is null || c.ClientId == clientId);
        if (platform is null || (clientId is null && candidates.Count > 1))
        {
            return LtiHtml.Error(language, "unknown_platform", $"No registration matches issuer '{issuer}'{(clientId is null ? string.Empty : $" and client id '{clientId}'")}.");
        }

        var ticket = new LoginTicket(Random(), Random(), platform.Issuer, platform.ClientId, time.GetUtcNow() + options.Value.LoginLifetime);
        var protectedTicket = tickets.Protect(ticket);
        http.Response.Cookies.Append(LtiCookies.StateCookieName(ticket.State), protectedTicket, LtiCookies.Options(options.Value.LoginLifetime, "/lti"));
        var authUrl = AuthorizationUrl(http, platform, p, ticket);
        if (p.GetValueOrDefault("lti_storage_target") is { Length: > 0 } target)
        {
            return LtiHtml.Page(LoginPages.PlatformStorage(language, target, ticket.State, protectedTicket, authUrl, platform.AuthUrl));
        }

        if (http.Request.Headers["Sec-Fetch-Dest"] == "iframe")
        {
            return LtiHtml.Page(LoginPages.CookieCheck(language, ticket.State, authUrl, UriHelper(http)));
        }

        return TypedResults.Redirect(authUrl);
    }

    /// <summary>Answers the iframe page's question "did my state cookie arrive?" without revealing its value.</summary>
    public static IResult CheckCookie(HttpContext http) =>
        TypedResults.Json(new { cookie = http.Request.Cookies.ContainsKey(LtiCookies.StateCookieName(http.Request.Query["state"].ToString())) });

    private static string AuthorizationUrl(HttpContext http, LtiPlatform platform, Dictionary<string, string> p, LoginTicket ticket)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["scope"] = "openid",
            ["response_type"] = "id_token",
            ["response_mode"] = "form_post",
            ["prompt"] = "none",
            ["client_id"] = platform.ClientId,
            ["redirect_uri"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/lti/launch",
            ["login_hint"] = p["login_hint"],
            ["state"] = ticket.State,
            ["nonce"] = ticket.Nonce,
        };
        if (p.GetValueOrDefault("lti_message_hint") is { } hint)
        {
            query["lti_message_hint"] = hint;
        }

        return QueryHelpers.AddQueryString(platform.AuthUrl, query);
    }

    private static string UriHelper(HttpContext http) => $"{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";

    private static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(cancellationToken))
            {
                values[key] = value.ToString();
            }
        }

        return values;
    }

    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
