using Insignia.Host.Lti.DeepLinking;
using Insignia.Host.Lti.DemoPlatform;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Login;
using Insignia.Host.Lti.Registration;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the LTI 1.3 tool endpoints, the tool JWKS and the demo platform.</summary>
internal static class LtiEndpoints
{
    public static WebApplication MapLtiEndpoints(this WebApplication app)
    {
        var lti = app.MapGroup("/lti").DisableAntiforgery();
        lti.MapMethods("/login", ["GET", "POST"], (HttpContext http, LoginHandler handler, CancellationToken ct) => handler.HandleAsync(http, ct))
            .WithName("LtiLogin").WithSummary("OIDC third-party initiated login from a platform.");
        lti.MapGet("/login/check", LoginHandler.CheckCookie).WithName("LtiLoginCookieCheck").WithSummary("Whether the login's state cookie reached the tool (iframe check).");
        lti.MapPost("/launch", (HttpContext http, LaunchHandler handler, CancellationToken ct) => handler.HandleAsync(http, ct))
            .WithName("LtiLaunch").WithSummary("LTI 1.3 launch: validates the id_token and opens the course session.");
        lti.MapPost("/deep-link", (HttpContext http, DeepLinkingResponder handler, CancellationToken ct) => handler.HandleAsync(http, ct))
            .WithName("LtiDeepLinkResponse").WithSummary("Returns the chosen link to the platform as a signed LtiDeepLinkingResponse.");
        lti.MapGet("/config.json", ToolConfiguration.CanvasDeveloperKey).WithName("LtiCanvasConfig").WithSummary("Canvas developer key JSON for manual setup.");
        lti.MapGet("/register", (HttpContext http, DynamicRegistrationHandler handler, CancellationToken ct) => handler.HandleAsync(http, ct))
            .WithName("LtiDynamicRegistration").WithSummary("LTI Dynamic Registration: registers Insignia with a platform.");
        app.MapGet("/.well-known/jwks.json", (ToolJwks jwks, CancellationToken ct) => jwks.HandleAsync(ct))
            .WithName("LtiToolJwks").WithSummary("The tool's public signing keys.");
        DemoPlatformEndpoints.Map(app);
        return app;
    }
}
