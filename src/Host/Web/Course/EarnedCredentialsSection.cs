using System.Globalization;
using System.Text;
using Insignia.Host.Issuer;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>A learner's issued credential on the progress page: status, JSON download, share link with copy, QR and wallet.</summary>
internal static class EarnedCredentialsSection
{
    public static string Render(UiRequest ui, IssuedCredential credential, string name, IssuerDirectory directory, DateTimeOffset now)
    {
        var status = credential.Status(now);
        var url = directory.CredentialUrl(credential.Id).AbsoluteUri;
        var key = credential.Id.ToString("N", CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"earned\" data-credential=\"{credential.Id:D}\" data-status=\"{status}\"><h3>{E(ui.T("Su credencial", "Your credential"))}</h3>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Estado de la credencial:", "Credential status:"))} <span class=\"{CredentialPage.StatusClass(status)}\">{E(CredentialPage.StatusText(status, ui.Language))}</span> · {E(ui.T("Emitida", "Issued"))}: {E(UiFormat.Date(ui.Language, credential.IssuedAt))}");
        if (credential.ValidUntil is { } until)
        {
            html.Append(CultureInfo.InvariantCulture, $" · {E(ui.T("Vence", "Expires"))}: {E(UiFormat.Date(ui.Language, until))}");
        }

        html.Append("</p>");
        if (credential.RevokedAt is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("La institución revocó esta credencial. Motivo:", "The institution revoked this credential. Reason:"))} {E(credential.RevocationReason)}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a class=\"button download\" href=\"{E(ui.Url($"/lti/progress/credentials/{credential.Id:D}/download"))}\" download>{E(ui.T("Descargar JSON", "Download JSON"))}<span class=\"sr-only\"> {E(name)}</span></a>");
        html.Append(CultureInfo.InvariantCulture, $" · <a href=\"{E(url)}\" target=\"_blank\" rel=\"noopener\">{E(ui.T("Abrir la página pública", "Open the public page"))}<span class=\"sr-only\"> {E(name)}</span></a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"share-{key}\">{E(ui.T("Enlace para compartir (selecciónelo y cópielo)", "Link to share (select and copy it)"))}</label><br>");
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"text\" id=\"share-{key}\" class=\"share\" value=\"{E(url)}\" readonly size=\"60\"> ");
        html.Append(CultureInfo.InvariantCulture, $"<button type=\"button\" class=\"copy\" data-copy=\"share-{key}\" data-done=\"{E(ui.T("Enlace copiado", "Link copied"))}\">{E(ui.T("Copiar enlace", "Copy link"))}<span class=\"sr-only\"> {E(name)}</span></button> <span class=\"copied\" role=\"status\" aria-live=\"polite\"></span></p>");
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"qr\">{CredentialPage.QrSvg(url)}<figcaption>{E(ui.T("Código QR de la página pública", "QR code of the public page"))}</figcaption></figure>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{CredentialPage.WalletLink(ui.Language, url)}</p>");
        html.Append("</div>");
        return html.ToString();
    }
}
