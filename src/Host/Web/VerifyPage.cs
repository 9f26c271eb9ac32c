using System.Globalization;
using System.Text;
using Insignia.Host.Issuer;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>The verify page: a box to paste a credential and, after posting, each check with its outcome.</summary>
internal static class VerifyPage
{
    public static string Render(string language, string? pasted, VerificationReport? report)
    {
        string T(string es, string en) => UiLanguage.Pick(language, es, en);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{T("Verificar una credencial", "Verify a credential")}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/verify?lang={language}\"><label for=\"credential\">{T("Credencial (JSON o VC-JWT)", "Credential (JSON or VC-JWT)")}</label><br>");
        body.Append(CultureInfo.InvariantCulture, $"<textarea id=\"credential\" name=\"credential\" rows=\"14\" cols=\"100\">{E(pasted)}</textarea><br><button type=\"submit\">{T("Verificar", "Verify")}</button></form>");
        if (report is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h2 class=\"{(report.Verified ? "met" : "notmet")}\">{(report.Verified ? T("Verificada", "Verified") : T("No verificada", "Not verified"))}</h2><table>");
            foreach (var check in report.Checks)
            {
                body.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(check.Name)}</td><td class=\"{(check.Passed ? "met" : "notmet")}\">{(check.Passed ? "✔" : "✘")}</td><td>{E(check.Code)}</td><td>{E(check.Message)}</td></tr>");
            }

            body.Append(CultureInfo.InvariantCulture, $"</table><p>{T("Estado", "Status")}: {E(CredentialPage.StatusText(report.Status, language))} · {T("Emisor", "Issuer")}: <code>{E(report.Issuer)}</code></p>");
        }

        return Wrap(language, T("Verificar", "Verify"), body.ToString());
    }
}
