using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>What every page with forms needs: the language and the antiforgery field (course, admin and registrar pages).</summary>
internal abstract record PageRequest(string Language, AntiforgeryTokenSet Tokens)
{
    /// <summary>What a form whose antiforgery token is missing or forged is refused with, in Spanish.</summary>
    public const string FormExpiredSpanish = "El formulario caducó o no vino de esta página. Recargue la página e inténtelo de nuevo.";

    /// <summary>The same in English.</summary>
    public const string FormExpiredEnglish = "The form expired or did not come from this page. Reload the page and try again.";

    public string T(string spanish, string english) => UiLanguage.Pick(Language, spanish, english);

    /// <summary>The hidden antiforgery field and the language, for every form.</summary>
    public string FormFields() =>
        $"<input type=\"hidden\" name=\"{E(Tokens.FormFieldName)}\" value=\"{E(Tokens.RequestToken)}\"><input type=\"hidden\" name=\"lang\" value=\"{E(Language)}\">";

    public string Url(string path) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Language}";
}
