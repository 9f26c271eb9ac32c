using System.Globalization;
using System.Text;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using Insignia.Host.Web.Course;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>The reconciliation report: issued credit-bearing credentials against entries and the SIS, with the discrepancies.</summary>
internal static class ReconciliationPage
{
    public const int MaxListed = 500;

    public static string Render(RegistrarRequest ui, ReconciliationReport report)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(ui.T("Conciliación con el SIS", "Reconciliation with the SIS"))}</h1>{ui.Nav("/registrar/reconciliation")}");
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"totals\"><caption>{E(ui.T("Totales", "Totals"))}</caption><tbody>");
        void Total(string key, string es, string en, string value) =>
            html.Append(CultureInfo.InvariantCulture, $"<tr data-total=\"{key}\"><th scope=\"row\">{E(ui.T(es, en))}</th><td>{E(value)}</td></tr>");
        string N(int n) => UiFormat.Count(ui.Language, n);

        Total("issued", "Credenciales emitidas con créditos", "Issued credit-bearing credentials", N(report.IssuedCreditBearing));
        Total("entries", "Entradas de historial", "Transcript entries", N(report.Entries));
        foreach (var state in Enum.GetValues<TranscriptEntryState>())
        {
            Total(state.ToString().ToLowerInvariant(), $"· {RegistrarText.State(ui, state)}", $"· {RegistrarText.State(ui, state)}", N(report.Count(state)));
        }

        Total("synced-credits", "Créditos en el SIS", "Credits in the SIS", UiFormat.Number(ui.Language, (double)report.SyncedCredits));
        Total("revoked-synced", "En el SIS pero revocadas", "In the SIS but revoked", N(report.RevokedButSynced));
        html.Append("</tbody></table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T($"Discrepancias ({N(report.Discrepancies.Count)})", $"Discrepancies ({N(report.Discrepancies.Count)})"))}</h2>");
        if (report.Discrepancies.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"no-discrepancies\">{E(ui.T("Todo coincide.", "Everything matches."))}</p>");
            return html.ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<table id=\"discrepancies\"><thead><tr><th scope=\"col\">{E(ui.T("Qué", "What"))}</th><th scope=\"col\">{E(ui.T("Credencial", "Credential"))}</th><th scope=\"col\">{E(ui.T("Id en el SIS", "SIS id"))}</th><th scope=\"col\">{E(ui.T("Detalle", "Detail"))}</th></tr></thead><tbody>");
        foreach (var d in report.Discrepancies.Take(MaxListed))
        {
            var link = d.Kind == Discrepancy.MissingEntry ? $"/credentials/{d.CredentialId}?lang={ui.Language}" : ui.Url($"/registrar/entries/{d.CredentialId}");
            html.Append(CultureInfo.InvariantCulture, $"<tr data-kind=\"{E(d.Kind)}\" data-entry=\"{d.CredentialId}\"><td>{E(RegistrarText.Discrepancy(ui, d.Kind))}</td><td><a href=\"{E(link)}\">{E(d.CredentialName)}</a></td><td>{E(d.LearnerSisId ?? "—")}</td><td>{E(d.Detail ?? "—")}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (report.Discrepancies.Count > MaxListed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T($"Se muestran las primeras {MaxListed}.", $"The first {MaxListed} are shown."))}</p>");
        }

        return html.ToString();
    }
}
