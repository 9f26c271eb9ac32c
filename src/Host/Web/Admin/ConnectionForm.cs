using System.Text.RegularExpressions;
using Insignia.Core.Ports;

namespace Insignia.Host.Web.Admin;

/// <summary>
/// The connection form: name, kind, base URL, token and the settings each kind needs (Moodle: token or password mode
/// with user and service; Canvas: a course to probe; Coursera: organization; OneRoster: client id and token URL).
/// The token is write-only: it is never put back into the page, and an empty token on edit keeps the stored one.
/// </summary>
internal sealed partial record ConnectionForm
{
    public static IReadOnlyList<string> Kinds { get; } = [PlatformKind.Moodle, PlatformKind.Canvas, PlatformKind.Coursera, PlatformKind.OneRoster];

    /// <summary>Gets the settings keys each kind's form shows, with their labels.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Spanish, string English)>> KindSettings { get; } =
        new Dictionary<string, IReadOnlyList<(string, string, string)>>(StringComparer.Ordinal)
        {
            [PlatformKind.Moodle] = [("auth", "Autenticación (token o password)", "Authentication (token or password)"), ("username", "Usuario de servicio (modo password)", "Service user (password mode)"), ("service", "Nombre corto del servicio externo", "External service short name")],
            [PlatformKind.Canvas] = [("course", "Curso para probar la conexión (id)", "Course to test the connection with (id)")],
            [PlatformKind.Coursera] = [("organization", "Organización o programa de Coursera (id)", "Coursera organization or program (id)")],
            [PlatformKind.OneRoster] = [("clientId", "Client id (OAuth 2.0)", "Client id (OAuth 2.0)"), ("tokenUrl", "URL del token (OAuth 2.0)", "Token URL (OAuth 2.0)")],
        };

    public string Name { get; init; } = string.Empty;

    public string Kind { get; init; } = PlatformKind.Moodle;

    public string BaseUrl { get; init; } = string.Empty;

    public string Token { get; init; } = string.Empty;

    public bool HasStoredToken { get; init; }

    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public static ConnectionForm From(IFormCollection form, string? fixedName)
    {
        var kind = form["kind"].ToString();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, _) in KindSettings.GetValueOrDefault(kind) ?? [])
        {
            var value = form[$"setting.{key}"].ToString().Trim();
            if (value.Length > 0)
            {
                settings[key] = value;
            }
        }

        return new ConnectionForm
        {
            Name = fixedName ?? form["name"].ToString().Trim(),
            Kind = kind,
            BaseUrl = form["baseUrl"].ToString().Trim(),
            Token = form["token"].ToString(),
            Settings = settings,
        };
    }

    public static ConnectionForm From(SourceConnection connection) => new()
    {
        Name = connection.Name,
        Kind = connection.Kind,
        BaseUrl = connection.BaseUrl.AbsoluteUri,
        HasStoredToken = connection.SecretReference is not null,
        Settings = connection.Settings,
    };

    /// <summary>Field errors, keyed by field name, in the page's language.</summary>
    public Dictionary<string, string> Validate(string language, bool isNew, bool nameTaken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        if (!NamePattern().IsMatch(Name))
        {
            errors["name"] = t("Use de 1 a 64 letras minúsculas, dígitos o guiones (p. ej. moodle-campus).", "Use 1 to 64 lowercase letters, digits or dashes (e.g. moodle-campus).");
        }
        else if (isNew && nameTaken)
        {
            errors["name"] = t("Ya existe una conexión con ese nombre.", "A connection with that name already exists.");
        }

        if (!Kinds.Contains(Kind))
        {
            errors["kind"] = t("Elija un tipo de plataforma de la lista.", "Choose a platform kind from the list.");
        }

        if (!IsHttpUrl(BaseUrl))
        {
            errors["baseUrl"] = t("Escriba una URL absoluta http(s), p. ej. https://moodle.example.edu.mx.", "Enter an absolute http(s) URL, e.g. https://moodle.example.edu.mx.");
        }

        if (isNew && Token.Length == 0)
        {
            errors["token"] = t("Escriba el token o la contraseña de la plataforma.", "Enter the platform's token or password.");
        }

        if (Kind == PlatformKind.Moodle && Settings.GetValueOrDefault("auth") is { } auth && auth is not ("token" or "password"))
        {
            errors["setting.auth"] = t("Escriba token o password.", "Enter token or password.");
        }
        else if (Kind == PlatformKind.Moodle && Settings.GetValueOrDefault("auth") == "password" && (!Settings.ContainsKey("username") || !Settings.ContainsKey("service")))
        {
            errors[Settings.ContainsKey("username") ? "setting.service" : "setting.username"] = t("El modo password necesita usuario y servicio.", "Password mode needs the user and the service.");
        }

        if (Kind == PlatformKind.OneRoster && Settings.GetValueOrDefault("tokenUrl") is { } tokenUrl && !IsHttpUrl(tokenUrl))
        {
            errors["setting.tokenUrl"] = t("Escriba una URL absoluta http(s).", "Enter an absolute http(s) URL.");
        }

        return errors;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}
