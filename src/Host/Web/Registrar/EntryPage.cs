using System.Globalization;
using System.Text;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Registrar;
using Insignia.Host.Web.Course;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>One transcript entry: every field, approve (when pending) and reject with a reason (until it is in the SIS).</summary>
internal static class EntryPage
{
    public static string Render(RegistrarRequest ui, TranscriptRow row)
    {
        var e = row.Entry;
        var id = e.CredentialId.ToString();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(e.CredentialName)} · {E(row.LearnerName ?? e.LearnerSisId)}</h1>{ui.Nav(string.Empty)}<table id=\"entry\"><caption class=\"sr-only\">{E(ui.T("Datos de la entrada", "Entry details"))}</caption><tbody>");
        void Item(string es, string en, string? value)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(ui.T(es, en))}</th><td>{E(string.IsNullOrEmpty(value) ? "—" : value)}</td></tr>");
        }

        Item("Estado", "State", RegistrarText.State(ui, e.State));
        Item("Persona", "Learner", row.LearnerName);
        Item("Id en el SIS", "SIS id", e.LearnerSisId);
        Item("Curso", "Course", e.CourseKey);
        Item("Periodo", "Term", e.Term);
        Item("Credencial", "Credential", $"{e.CredentialName} ({e.DefinitionId} v{e.DefinitionVersion})");
        Item("Créditos", "Credits", UiFormat.Number(ui.Language, (double)e.Credits));
        Item("Obtenida", "Earned", UiFormat.Date(ui.Language, e.EarnedAt));
        Item("Último cambio", "Last change", UiFormat.Date(ui.Language, e.StateChangedAt));
        Item("Id del resultado en el SIS", "SIS result id", e.SisResultId);
        Item("Motivo del rechazo", "Rejection reason", e.RejectionReason);
        Item("Último error del SIS", "Last SIS error", e.LastError);
        Item("Credencial revocada", "Credential revoked", row.RevokedAt is { } revoked ? UiFormat.Date(ui.Language, revoked) : null);
        html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p><a href=\"/credentials/{id}?lang={ui.Language}\">{E(ui.T("Ver la credencial", "View the credential"))}</a></p>");

        if (e.State == TranscriptEntryState.Pending && !row.Revoked)
        {
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url($"/registrar/entries/{id}/approve"))}\">{ui.FormFields()}<button type=\"submit\" id=\"approve\">{E(ui.T("Aprobar", "Approve"))}</button></form>");
        }

        if (e.State is TranscriptEntryState.Pending or TranscriptEntryState.Approved or TranscriptEntryState.Failed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url($"/registrar/entries/{id}/reject"))}\" id=\"reject-form\">{ui.FormFields()}<h2>{E(ui.T("Rechazar", "Reject"))}</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"reason\">{E(ui.T("Motivo (se guarda con la entrada)", "Reason (kept with the entry)"))}</label><br><textarea id=\"reason\" name=\"reason\" required maxlength=\"{TranscriptReview.MaxReasonLength}\" rows=\"3\" cols=\"60\"></textarea></p>");
            html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\" id=\"reject\">{E(ui.T("Rechazar la entrada", "Reject the entry"))}</button></form>");
        }

        return html.ToString();
    }
}
