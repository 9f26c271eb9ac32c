using System.Globalization;
using System.Text;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Insights;

/// <summary>The insights charts (institution or course): funnel per credential, verifications per week, stacking progress.</summary>
internal static class InsightsPage
{
    public const int MaxVerificationSeries = 6;

    public static string Render(string language, string heading, string navigation, InsightsData data)
    {
        string T(string es, string en) => UiLanguage.Pick(language, es, en);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(heading)}</h1>{navigation}");
        if (data.Funnels.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p>{E(T("Aún no hay credenciales definidas.", "No credentials are defined yet."))}</p>").ToString();
        }

        var names = data.Funnels.Select(f => f.Name).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(T("Intentaron, cumplen y recibieron", "Attempted, qualified and issued"))}</h2>");
        html.Append(SvgBarChart.Render("funnel", language, T("Personas por credencial", "Learners per credential"),
            T("Por cada credencial: personas con evidencia evaluada en el curso, personas que cumplen los criterios y personas con la credencial emitida (sin revocar).",
              "For each credential: learners with assessed evidence in the course, learners who meet the criteria, and learners holding the issued credential (not revoked)."),
            T("Credencial", "Credential"), names,
            [
                new ChartSeries(T("Intentaron", "Attempted"), [.. data.Funnels.Select(f => (double)f.Attempted)]),
                new ChartSeries(T("Cumplen", "Qualified"), [.. data.Funnels.Select(f => (double)f.Qualified)]),
                new ChartSeries(T("Emitidas", "Issued"), [.. data.Funnels.Select(f => (double)f.Issued)]),
            ]));

        var top = data.Funnels.OrderByDescending(f => data.VerificationsByWeek[f.DefinitionId].Sum()).ThenBy(f => f.Name, StringComparer.CurrentCulture)
            .Take(MaxVerificationSeries).ToList();
        var culture = Course.UiFormat.Culture(language);
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(T("Verificaciones por semana", "Verifications per week"))}</h2>");
        html.Append(SvgBarChart.Render("verifications", language, T($"Verificaciones de las últimas {InsightsQueries.Weeks} semanas", $"Verifications over the last {InsightsQueries.Weeks} weeks"),
            T("Cuántas veces se verificaron las credenciales emitidas de cada tipo, por semana (lunes a domingo, UTC).", "How many times the issued credentials of each kind were verified, per week (Monday to Sunday, UTC)."),
            T("Semana del", "Week of"), [.. data.Weeks.Select(w => w.ToString("d MMM", culture))],
            [.. top.Select(f => new ChartSeries(f.Name, [.. data.VerificationsByWeek[f.DefinitionId].Select(v => (double)v)]))]));
        if (data.Funnels.Count > MaxVerificationSeries)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(T($"Se muestran las {MaxVerificationSeries} credenciales más verificadas.", $"The {MaxVerificationSeries} most verified credentials are shown."))}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(T("Avance en credenciales apiladas", "Stacking progress"))}</h2>");
        if (data.Stacks.Count == 0)
        {
            return html.Append(CultureInfo.InvariantCulture, $"<p id=\"no-stacks\">{E(T("Ninguna credencial se apila sobre otras.", "No credential stacks on others."))}</p>").ToString();
        }

        foreach (var (stack, index) in data.Stacks.Select((s, i) => (s, i)))
        {
            html.Append(SvgBarChart.Render($"stack-{index}", language, T($"{stack.Name}: personas con k de {stack.Of}", $"{stack.Name}: learners holding k of {stack.Of}"),
                T($"Cuántas personas tienen 1, 2… de las {stack.Of} credenciales que forman {stack.Name}.", $"How many learners hold 1, 2… of the {stack.Of} credentials that make up {stack.Name}."),
                T("Credenciales que tiene (k)", "Credentials held (k)"), [.. Enumerable.Range(1, stack.Of).Select(k => $"{k}/{stack.Of}")],
                [new ChartSeries(T("Personas", "Learners"), [.. stack.Holders.Select(h => (double)h)])]));
        }

        return html.ToString();
    }
}
