using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Registrar;

/// <summary>A registrar page's request: the language and the antiforgery field for its forms, and the navigation.</summary>
internal sealed record RegistrarRequest(string Language, AntiforgeryTokenSet Tokens) : PageRequest(Language, Tokens)
{
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
