using Insignia.Host.Lti.DeepLinking;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Lti.Session;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Web;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Lti.Launch;

/// <summary>POST /lti/launch: validates the id_token, remembers the course, opens the session and sends each role to its page.</summary>
internal sealed class LaunchHandler(
    LaunchValidator validator,
    LtiContextStore contexts,
    LtiProtector protector,
    DeepLinkingPage deepLinking,
    IOptions<LtiToolOptions> options,
    TimeProvider time,
    ILogger<LaunchHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(cancellationToken) : FormCollection.Empty;
        var idToken = form["id_token"].ToString();
        var state = form["state"].ToString();
        var tickets = http.Request.Cookies.Where(c => c.Key.StartsWith(LtiCookies.StatePrefix, StringComparison.Ordinal)).Select(c => c.Value).ToList();
        if (form[LaunchPages.StorageTicketField].ToString() is { Length: > 0 } stored)
        {
            tickets.Add(stored);
        }

        if (tickets.Count == 0 && form["lti_storage_target"].ToString() is { Length: > 0 } target && string.IsNullOrEmpty(form[LaunchPages.StorageCheckedField]))
        {
            return LtiHtml.Page(LaunchPages.PlatformStorageRead(language, target, idToken, state));
        }

        var result = await validator.ValidateAsync(new LaunchRequest(idToken, state, tickets), cancellationToken);
        if (result.Rejection is { } rejection)
        {
            return LtiHtml.Page(LaunchPages.Rejected(language, rejection), StatusCodes.Status400BadRequest);
        }

        var launch = LaunchData.From(result.Platform, result.Token);
        http.Response.Cookies.Delete(LtiCookies.StateCookieName(state), LtiCookies.Options(TimeSpan.Zero, "/lti"));
        await contexts.UpsertAsync(
            new LtiContextEntity
            {
                PlatformName = launch.Platform.Name,
                ContextId = launch.ContextId,
                Title = launch.ContextTitle,
                LineItemsUrl = launch.LineItemsUrl,
                MembershipsUrl = launch.MembershipsUrl,
                Scopes = string.Join(' ', launch.AgsScopes),
            },
            cancellationToken);
        Log.LaunchAccepted(logger, launch.Platform.Issuer, launch.DeploymentId, launch.Course.Key);
        if (launch.MessageType == LtiClaims.DeepLinkingRequest)
        {
            return LtiHtml.Page(await deepLinking.RenderChooserAsync(language, launch, cancellationToken));
        }

        var session = new LtiSession(launch.Platform.Name, launch.ContextId, launch.UserId, launch.IsInstructor, time.GetUtcNow() + options.Value.SessionLifetime)
        {
            ContextTitle = launch.ContextTitle,
            Locale = launch.Locale,
        };
        http.Response.Cookies.Append(LtiCookies.Session, protector.Protect(LtiSession.Purpose, session), LtiCookies.Options(options.Value.SessionLifetime, "/lti"));
        return TypedResults.Redirect(session.IsInstructor ? "/lti/course" : "/lti/progress");
    }
}
