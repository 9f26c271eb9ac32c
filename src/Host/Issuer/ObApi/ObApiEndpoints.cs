using System.Globalization;
using Insignia.Host.Lti.Session;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>The Open Badges 3.0 API, read side: discovery, getCredentials and getProfile, plus the interim learner token.</summary>
internal static class ObApiEndpoints
{
    public static IEndpointRouteBuilder MapObApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ObApiConstants.BasePath).WithTags("Open Badges API");
        api.MapGet("/discovery", (IssuerDirectory directory) => TypedResults.Json(ServiceDescription.Build(directory)))
            .WithName("ObApiDiscovery").WithSummary("The OB 3.0 Service Description Document.");
        api.MapGet("/credentials", CredentialsAsync).WithName("ObApiGetCredentials").WithSummary("The authenticated learner's credentials, paged.");
        api.MapGet("/profile", ProfileAsync).WithName("ObApiGetProfile").WithSummary("The authenticated learner's profile, without personal data.");
        app.MapPost(ObApiConstants.TokenRoute, TokenAsync).WithTags("Open Badges API").WithName("ObApiLearnerToken")
            .WithSummary("A short-lived OB API access token for the learner of the current LTI session.");
        return app;
    }

    private static async Task<IResult> CredentialsAsync(HttpContext http, ObApiTokens tokens, LearnerCredentials credentials, CancellationToken cancellationToken)
    {
        var check = tokens.Check(http.Request.Headers.Authorization, ObApiConstants.CredentialReadScope);
        if (check.Token is null)
        {
            return ObApiStatus.Refused(http, check, ObApiConstants.CredentialReadScope);
        }

        var (page, error) = CredentialPage.Parse(http.Request.Query);
        if (page is null)
        {
            return ObApiStatus.Failure(StatusCodes.Status400BadRequest, "invalid_query_parameter", error!);
        }

        var (total, response) = await credentials.PageAsync(check.Token.LearnerId, page, cancellationToken);
        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.Link = page.LinkHeader(http.Request, total);
        return TypedResults.Content(response.ToJsonString(), "application/json");
    }

    private static async Task<IResult> ProfileAsync(HttpContext http, ObApiTokens tokens, LearnerCredentials credentials, CancellationToken cancellationToken)
    {
        var check = tokens.Check(http.Request.Headers.Authorization, ObApiConstants.ProfileReadScope);
        if (check.Token is null)
        {
            return ObApiStatus.Refused(http, check, ObApiConstants.ProfileReadScope);
        }

        return await credentials.ProfileAsync(check.Token.LearnerId, cancellationToken) is { } profile
            ? TypedResults.Content(profile.ToJsonString(), "application/json")
            : ObApiStatus.Failure(StatusCodes.Status404NotFound, "not_found", "The learner of this token no longer exists.");
    }

    private static async Task<IResult> TokenAsync(HttpContext http, CoursePages sessions, ObApiTokens tokens, LearnerCredentials credentials, CancellationToken cancellationToken)
    {
        var session = sessions.ReadSession(http);
        if (session is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"insignia\"";
            return ObApiStatus.Failure(StatusCodes.Status401Unauthorized, "unauthorizedrequest", "There is no course session: open Insignia from your course first.");
        }

        var learnerId = await credentials.LearnerForAsync(session.PlatformName, session.UserId, cancellationToken);
        if (learnerId is null)
        {
            return ObApiStatus.Failure(StatusCodes.Status404NotFound, "not_found", "Insignia has no learner record for you yet; it appears after the course's next sync.");
        }

        var (value, token) = tokens.Mint(learnerId.Value, [ObApiConstants.CredentialReadScope, ObApiConstants.ProfileReadScope]);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new ObApiTokenResponse(value, "Bearer", (int)ObApiConstants.TokenLifetime.TotalSeconds, string.Join(' ', token.Scopes)));
    }
}
