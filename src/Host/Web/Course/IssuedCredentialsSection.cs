using System.Globalization;
using System.Text;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The instructor's list of the course's issued credentials, with "Issue now" and a revoke form per credential.</summary>
internal static class IssuedCredentialsSection
{
    public static string Render(UiRequest ui, IReadOnlyList<IssuedCredential> credentials, int pending, IReadOnlyDictionary<string, string> names, DateTimeOffset now)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"issued\">{E(ui.T("Credenciales emitidas", "Issued credentials"))}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Quien cumple recibe su credencial en unos segundos. «Emitir ahora» emite de inmediato las pendientes de este curso.", "Learners who meet a credential receive it within seconds. \"Issue now\" issues this course's pending ones right away."))}</p>");
        var count = UiFormat.Count(ui.Language, pending);
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"pending-issuance\" data-pending=\"{pending}\">{E(ui.T($"Por emitir: {count}.", $"Waiting to be issued: {count}."))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/lti/course/issue"))}\" class=\"inline\">{ui.FormFields()}<button type=\"submit\" id=\"issue-now\">{E(ui.T("Emitir ahora", "Issue now"))}</button></form>");
        if (credentials.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Aún no se ha emitido ninguna credencial de este curso.", "No credential of this course has been issued yet."))}</p>");
            return html.ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<table id=\"issued-credentials\"><thead><tr><th scope=\"col\">{E(ui.T("Persona", "Learner"))}</th><th scope=\"col\">{E(ui.T("Credencial", "Credential"))}</th><th scope=\"col\">{E(ui.T("Emitida", "Issued"))}</th><th scope=\"col\">{E(ui.T("Estado", "Status"))}</th><th scope=\"col\">{E(ui.T("Acciones", "Actions"))}</th></tr></thead><tbody>");
        foreach (var credential in credentials)
        {
            var status = credential.Status(now);
            var name = names.GetValueOrDefault(credential.DefinitionId, credential.DefinitionId);
            html.Append(CultureInfo.InvariantCulture, $"<tr data-credential=\"{credential.Id:D}\" data-status=\"{status}\"><td>{E(credential.LearnerName ?? ui.T("(sin nombre)", "(no name)"))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><a href=\"/credentials/{credential.Id:D}?lang={ui.Language}\">{E(name)}</a></td><td>{E(UiFormat.Date(ui.Language, credential.IssuedAt))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><span class=\"{CredentialPage.StatusClass(status)}\">{E(CredentialPage.StatusText(status, ui.Language))}</span>");
            if (credential.RevokedAt is { } revokedAt)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br><small>{E(UiFormat.Date(ui.Language, revokedAt))}: {E(credential.RevocationReason)}</small>");
            }

            html.Append("</td><td>");
            if (credential.RevokedAt is null)
            {
                html.Append(RevokeForm(ui, credential.Id, name, credential.LearnerName, null));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    /// <summary>The revoke form: a required reason (published in the revocation list) and a required confirmation.</summary>
    public static string RevokeForm(UiRequest ui, Guid id, string credentialName, string? learnerName, string? reason)
    {
        var key = id.ToString("N", CultureInfo.InvariantCulture);
        var who = learnerName ?? ui.T("esta persona", "this learner");
        return $"""
            <details class="revoke"><summary>{E(ui.T("Revocar…", "Revoke…"))}<span class="sr-only"> {E(credentialName)} · {E(who)}</span></summary>
            <form method="post" action="{E(ui.Url($"/lti/course/credentials/{id:D}/revoke"))}">{ui.FormFields()}
            <p><label for="reason-{key}">{E(ui.T("Motivo (se publica en la lista de revocación)", "Reason (published in the revocation list)"))}</label><br>
            <textarea id="reason-{key}" name="reason" required maxlength="500" rows="2" cols="30">{E(reason)}</textarea></p>
            <p><input type="checkbox" id="confirm-{key}" name="confirm" value="yes" required> <label for="confirm-{key}">{E(ui.T($"Confirmo que revoco «{credentialName}» de {who}. No se puede deshacer.", $"I confirm revoking \"{credentialName}\" from {who}. This cannot be undone."))}</label></p>
            <button type="submit" class="revoke-submit">{E(ui.T("Revocar credencial", "Revoke credential"))}</button></form></details>
            """;
    }
}
