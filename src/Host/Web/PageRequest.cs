using Microsoft.AspNetCore.Antiforgery;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>What every page with forms needs: the language and the antiforgery field (course, admin and registrar pages).</summary>
internal abstract record PageRequest(string Language, AntiforgeryTokenSet Tokens)
{
    public string T(string spanish, string english) => UiLanguage.Pick(Language, spanish, english);

    /// <summary>The hidden antiforgery field and the language, for every form.</summary>
    public string FormFields() =>
        $"<input type=\"hidden\" name=\"{E(Tokens.FormFieldName)}\" value=\"{E(Tokens.RequestToken)}\"><input type=\"hidden\" name=\"lang\" value=\"{E(Language)}\">";

    public string Url(string path) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={Language}";
}
