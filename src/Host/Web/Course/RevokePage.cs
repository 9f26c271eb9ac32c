using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Host.Persistence.Entities;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The page a refused revocation answers with: what to fix, and the form again while it can still be revoked.</summary>
internal static class RevokePage
{
    public static IResult Render(UiRequest ui, CredentialEntity credential, string? learnerName, string? reason, string message, int status)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(ui.T("Revocar credencial", "Revoke credential"))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"errors\" role=\"alert\"><p id=\"revoke-error\">{E(message)}</p></div>");
        if (credential.RevokedAt is null)
        {
            html.Append(IssuedCredentialsSection.RevokeForm(ui, credential.Id, (string?)JsonNode.Parse(credential.Json)?["name"] ?? credential.DefinitionId, learnerName, reason).Replace("<details class=\"revoke\">", "<details class=\"revoke\" open>", StringComparison.Ordinal));
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(ui.Url("/lti/course"))}#issued\">{E(ui.T("Volver al curso", "Back to the course"))}</a></p>");
        return CourseUi.Page(ui, ui.T("Revocar credencial", "Revoke credential"), html.ToString(), status);
    }
}
