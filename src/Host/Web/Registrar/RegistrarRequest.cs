using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>What every registrar page needs: the language and the antiforgery field for its forms.</summary>
internal sealed record RegistrarRequest(string Language, AntiforgeryTokenSet Tokens)
{
    public string T(string spanish, string english) => UiLanguage.Pick(Language, spanish, english);

    /// <summary>The hidden antiforgery field and the language, for every form.</summary>
    public string FormFields() =>
        $"<input type=\"hidden\" name=\"{E(Tokens.FormFieldName)}\" value=\"{E(Tokens.RequestToken)}\"><input type=\"hidden\" name=\"lang\" value=\"{E(Language)}\">";

    public string Url(string path) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Language}";

    /// <summary>The registrar's navigation, the current page marked.</summary>
    public string Nav(string current)
    {
        (string Path, string Es, string En)[] links =
        [
            ("/registrar", "Entradas de historial", "Transcript entries"),
            ("/registrar/reconciliation", "Conciliación", "Reconciliation"),
            ("/registrar/insights", "Indicadores", "Insights"),
        ];
        var items = links.Select(l => string.Create(CultureInfo.InvariantCulture,
            $"<a href=\"{E(Url(l.Path))}\"{(l.Path == current ? " aria-current=\"page\"" : string.Empty)}>{E(T(l.Es, l.En))}</a>"));
        return $"<nav aria-label=\"{E(T("Registro escolar", "Registrar"))}\">{string.Concat(items)}</nav>";
    }
}
