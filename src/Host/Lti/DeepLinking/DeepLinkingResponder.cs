using System.Security.Cryptography;
using Insignia.Core.Ports;
using Insignia.Host.Definitions;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Web;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.DeepLinking;

/// <summary>POST /lti/deep-link: signs an LtiDeepLinkingResponse with the tool key and posts it back to the platform.</summary>
internal sealed class DeepLinkingResponder(
    LtiProtector protector,
    DefinitionStore definitions,
    IKeyStore keys,
    SigningCredentialsCache credentials,
    IOptions<LtiToolOptions> options,
    TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var language = UiLanguage.From(http);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var ticket = protector.TryUnprotect<DeepLinkTicket>(DeepLinkTicket.Purpose, form["ticket"]);
        if (ticket is null || ticket.ExpiresAt < time.GetUtcNow())
        {
            return LtiHtml.Error(language, "deep_link_expired", UiLanguage.Pick(language, "La selección caducó; vuelva a abrir la selección de contenido desde la plataforma.", "The selection expired; open content selection from the platform again."));
        }

        var choice = form["choice"].ToString();
        var title = options.Value.ToolName;
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        if (choice != DeepLinkingPage.OverviewChoice)
        {
            var definition = await definitions.FindAsync(choice, version: null, cancellationToken);
            if (definition is null || definition.CourseKey != ticket.CourseKey)
            {
                return LtiHtml.Error(language, "unknown_credential", UiLanguage.Pick(language, "Esa credencial no pertenece a este curso.", "That credential does not belong to this course."));
            }

            title = definition.Name;
            custom["insignia_credential"] = definition.Id;
        }

        var jwt = await CreateResponseAsync(http, ticket, title, custom, cancellationToken);
        return LtiHtml.Page(Wrap(language, title, $"""
            <form id="dl" method="post" action="{E(ticket.ReturnUrl)}"><input type="hidden" name="JWT" value="{E(jwt)}"><button type="submit">{E(UiLanguage.Pick(language, "Volver a la plataforma", "Return to the platform"))}</button></form>
            <script>document.getElementById('dl').submit();</script>
            """));
    }

    private async Task<string> CreateResponseAsync(HttpContext http, DeepLinkTicket ticket, string title, Dictionary<string, string> custom, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var item = new Dictionary<string, object> { ["type"] = "ltiResourceLink", ["title"] = title, ["url"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/lti/launch" };
        if (custom.Count > 0)
        {
            item["custom"] = custom;
        }

        var claims = new Dictionary<string, object>
        {
            ["nonce"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
            [LtiClaims.MessageType] = LtiClaims.DeepLinkingResponse,
            [LtiClaims.Version] = LtiClaims.SupportedVersion,
            [LtiClaims.DeploymentId] = ticket.DeploymentId,
            [LtiClaims.DeepLinkingContentItems] = new[] { item },
        };
        if (ticket.Data is not null)
        {
            claims[LtiClaims.DeepLinkingData] = ticket.Data;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ticket.ClientId,
            Audience = ticket.Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            Claims = claims,
            SigningCredentials = await credentials.GetAsync(keys, SigningCredentialsCache.ToolOwner, cancellationToken),
        });
    }
}
