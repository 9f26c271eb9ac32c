namespace Insignia.Host.Lti;

/// <summary>
/// Cookies of the tool. LTI runs in a cross-site iframe, so every cookie is <c>SameSite=None; Secure; Partitioned</c>
/// (CHIPS): the browser keeps it for this tool inside this platform only, which third-party-cookie blocking allows.
/// </summary>
internal static class LtiCookies
{
    public const string StatePrefix = "insignia_lti_state_";
    public const string Session = "insignia_lti_session";

    public static CookieOptions Options(TimeSpan lifetime, string path)
    {
        var options = new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.None,
            Path = path,
            MaxAge = lifetime,
            IsEssential = true,
        };
        options.Extensions.Add("Partitioned");
        return options;
    }

    public static string StateCookieName(string state) => StatePrefix + (state.Length > 16 ? state[..16] : state);
}
