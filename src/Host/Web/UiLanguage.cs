namespace Insignia.Host.Web;

/// <summary>The page language: <c>?lang=</c> first, then Accept-Language; Spanish (es-MX) unless English is asked for.</summary>
internal static class UiLanguage
{
    public const string Spanish = "es";
    public const string English = "en";

    public static string From(HttpContext http)
    {
        var query = http.Request.Query["lang"].ToString();
        if (query is Spanish or English)
        {
            return query;
        }

        var accept = http.Request.Headers.AcceptLanguage.ToString();
        return accept.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Spanish;
    }

    public static string Pick(string language, string spanish, string english) => language == English ? english : spanish;
}
