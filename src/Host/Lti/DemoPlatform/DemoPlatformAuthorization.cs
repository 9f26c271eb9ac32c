using System.Text.Json;
using Insignia.Core.Ports;
using Insignia.Host.Demo;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.DemoPlatform;

/// <summary>
/// The demo platform's OIDC authorization endpoint: checks the tool's request, then posts a signed id_token for the
/// chosen demo person back to the tool's redirect URI, exactly as a real LMS does.
/// </summary>
internal sealed class DemoPlatformAuthorization(IKeyStore keys, SigningCredentialsCache credentials, LtiPlatformStore platforms, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        var q = http.Request.Query;
        var redirect = q["redirect_uri"].ToString();
        var loginHint = q["login_hint"].ToString();
        var learner = DemoCourse.Learners.FirstOrDefault(l => l.Id == loginHint);
        if (q["client_id"] != DemoPlatformSettings.ClientId || q["response_type"] != "id_token" || q["scope"] != "openid"
            || !Uri.TryCreate(redirect, UriKind.Absolute, out var redirectUri) || redirectUri.Authority != http.Request.Host.Value
            || (learner is null && loginHint != DemoPlatformSettings.InstructorHint))
        {
            return LtiHtml.Error(language, "invalid_request", "The demo platform refused the authorization request (client_id, response_type, scope, redirect_uri or login_hint).");
        }

        await RegisterTokenUrlAsync(http.Request, cancellationToken);
        var instructor = learner is null;
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>
        {
            ["sub"] = instructor ? DemoPlatformSettings.InstructorId : learner!.Id,
            ["nonce"] = q["nonce"].ToString(),
            ["name"] = instructor ? "Profesora Demo" : learner!.Name,
            [LtiClaims.MessageType] = LtiClaims.ResourceLinkRequest,
            [LtiClaims.Version] = LtiClaims.SupportedVersion,
            [LtiClaims.DeploymentId] = DemoPlatformSettings.DeploymentId,
            [LtiClaims.TargetLinkUri] = redirect,
            [LtiClaims.ResourceLink] = new Dictionary<string, string> { ["id"] = "demo-link-1", ["title"] = "Insignia" },
            [LtiClaims.Roles] = new[] { instructor ? DemoPlatformSettings.InstructorRole : DemoPlatformSettings.LearnerRole },
            [LtiClaims.AgsEndpoint] = new Dictionary<string, object>
            {
                ["scope"] = new[] { LtiClaims.ScopeLineItem, LtiClaims.ScopeLineItemReadOnly, LtiClaims.ScopeResultReadOnly, LtiClaims.ScopeScore },
                ["lineitems"] = DemoPlatformUrls.LineItems(http.Request, DemoCourse.CourseId),
            },
            [LtiClaims.NrpsService] = new Dictionary<string, object>
            {
                ["context_memberships_url"] = DemoPlatformUrls.Memberships(http.Request, DemoCourse.CourseId),
                ["service_versions"] = new[] { "2.0" },
            },
            [LtiClaims.LaunchPresentation] = new Dictionary<string, string> { ["locale"] = language == UiLanguage.English ? "en-US" : "es-MX" }, // the user's LMS language
            [LtiClaims.Context] = new Dictionary<string, object> { ["id"] = DemoCourse.CourseId, ["label"] = DemoCourse.CourseId, ["title"] = DemoCourse.Title, ["type"] = new[] { "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering" } },
        };
        var token = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DemoPlatformSettings.Issuer,
            Audience = DemoPlatformSettings.ClientId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            Claims = claims,
            SigningCredentials = await credentials.GetAsync(keys, DemoPlatformSettings.KeyOwner, cancellationToken),
        });
        return LtiHtml.Page(Wrap(language, "Demo LMS", $"""
            <form id="launch" method="post" action="{E(redirect)}">
              <input type="hidden" name="id_token" value="{E(token)}">
              <input type="hidden" name="state" value="{E(q["state"])}">
              <noscript><button type="submit">{E(UiLanguage.Pick(language, "Continuar", "Continue"))}</button></noscript>
            </form>
            <script>document.getElementById('launch').submit();</script>
            """));
    }

    /// <summary>The demo learns its own origin only from requests, so the registration's token URL is made absolute here.</summary>
    private async Task RegisterTokenUrlAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tokenUrl = DemoPlatformUrls.Token(request);
        if (await platforms.FindByNameAsync(DemoPlatformSettings.Platform.Name, cancellationToken) is { } registered && registered.TokenUrl != tokenUrl)
        {
            await platforms.SaveAsync(registered with { TokenUrl = tokenUrl }, createConnection: false, cancellationToken);
        }
    }

    public async Task<IResult> JwksAsync(CancellationToken cancellationToken)
    {
        await keys.GetActiveKeyAsync(DemoPlatformSettings.KeyOwner, SigningAlgorithm.Rsa, cancellationToken);
        return TypedResults.Content(JsonSerializer.Serialize(RsaJwk.ToJwks(await keys.ListPublicKeysAsync(DemoPlatformSettings.KeyOwner, cancellationToken))), "application/json");
    }
}
