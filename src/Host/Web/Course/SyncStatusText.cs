using System.Globalization;
using Insignia.Host.Sync;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Course;

/// <summary>The sync status block: a progress bar while a run is under way, the last run's result after it.</summary>
internal static class SyncStatusText
{
    public static string Render(string language, SyncRunState? state)
    {
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        if (state is null)
        {
            return $"<p data-sync=\"none\">{E(t("Este curso aún no se ha sincronizado.", "This course has not been synced yet."))}</p>";
        }

        var counts = t(
            $"{UiFormat.Count(language, state.Pages)} páginas, {UiFormat.Count(language, state.RecordsSeen)} registros leídos, {UiFormat.Count(language, state.RecordsChanged)} cambiados",
            $"{UiFormat.Count(language, state.Pages)} pages, {UiFormat.Count(language, state.RecordsSeen)} records read, {UiFormat.Count(language, state.RecordsChanged)} changed");
        if (state.Status == SyncStatus.Running)
        {
            var stage = state.Stage switch
            {
                "roster" => t("lista del grupo", "roster"),
                "evidence" => t("evidencia", "evidence"),
                "evaluation" => t("evaluación", "evaluation"),
                _ => t("iniciando", "starting"),
            };
            return $"<p data-sync=\"running\"><label for=\"sync-progress\">{E(t("Sincronizando", "Syncing"))}: {E(stage)}</label> <progress id=\"sync-progress\"></progress> {E(counts)}</p>";
        }

        var when = state.FinishedAt is { } at ? " · " + UiFormat.Date(language, at) : string.Empty;
        var learners = state.Report is { } report
            ? t($", {UiFormat.Count(language, report.LearnersEvaluated)} estudiantes reevaluados", $", {UiFormat.Count(language, report.LearnersEvaluated)} learners re-evaluated")
            : string.Empty;
        return state.Status == SyncStatus.Succeeded
            ? string.Create(CultureInfo.InvariantCulture, $"<p data-sync=\"succeeded\">{E(t("Última sincronización correcta", "Last sync succeeded"))}{E(when)}: {E(counts + learners)}.</p>")
            : string.Create(CultureInfo.InvariantCulture, $"<p data-sync=\"failed\" class=\"notmet\">{E(t("La última sincronización falló", "The last sync failed"))}{E(when)}: {E(state.ErrorMessage)}</p>");
    }
}
