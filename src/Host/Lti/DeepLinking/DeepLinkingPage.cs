using System.Globalization;
using System.Text;
using Insignia.Host.Definitions;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Web;
using Microsoft.Extensions.Options;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Lti.DeepLinking;

/// <summary>Lets an instructor place "Insignia" or one credential of the course as a link in the platform.</summary>
internal sealed class DeepLinkingPage(DefinitionStore definitions, LtiProtector protector, IOptions<LtiToolOptions> options, TimeProvider time)
{
    public const string OverviewChoice = "insignia";

    public async Task<string> RenderChooserAsync(string language, LaunchData launch, CancellationToken cancellationToken)
    {
        var ticket = new DeepLinkTicket(launch.Platform.Issuer, launch.Platform.ClientId, launch.DeploymentId, launch.DeepLinkReturnUrl!, launch.DeepLinkData, launch.Course.Key, time.GetUtcNow() + options.Value.LoginLifetime);
        var protectedTicket = E(protector.Protect(DeepLinkTicket.Purpose, ticket));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(UiLanguage.Pick(language, "Agregar Insignia al curso", "Add Insignia to the course"))}</h1><ul>");
        html.Append(Choice(protectedTicket, OverviewChoice, options.Value.ToolName));
        foreach (var definition in await definitions.LatestForCourseAsync(launch.Course.Key, cancellationToken))
        {
            html.Append(Choice(protectedTicket, definition.Id, definition.Name));
        }

        html.Append("</ul>");
        return Wrap(language, options.Value.ToolName, html.ToString());
    }

    private static string Choice(string ticket, string value, string label) => $"""
        <li><form method="post" action="/lti/deep-link"><input type="hidden" name="ticket" value="{ticket}"><input type="hidden" name="choice" value="{E(value)}"><button type="submit">{E(label)}</button></form></li>
        """;
}
