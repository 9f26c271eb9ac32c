using System.Net.Mail;
using Insignia.Core.Credentials;

namespace Insignia.Host.Web.Admin;

/// <summary>The issuer profile form: name, url, email, image, description and other identifiers (one <c>type=value</c> per line).</summary>
internal sealed record IssuerProfileForm
{
    public string Name { get; init; } = string.Empty;

    public string Url { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    public string Image { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string Identifiers { get; init; } = string.Empty;

    public static IssuerProfileForm From(IFormCollection form) => new()
    {
        Name = form["name"].ToString().Trim(),
        Url = form["url"].ToString().Trim(),
        Email = form["email"].ToString().Trim(),
        Image = form["image"].ToString().Trim(),
        Description = form["description"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
        Identifiers = form["identifiers"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal),
    };

    public static IssuerProfileForm From(IssuerProfile profile) => new()
    {
        Name = profile.Name,
        Url = profile.Url.AbsoluteUri,
        Email = profile.Email ?? string.Empty,
        Image = profile.Image?.AbsoluteUri ?? string.Empty,
        Description = profile.Description ?? string.Empty,
        Identifiers = string.Join('\n', profile.OtherIdentifiers.Select(i => $"{i.IdentifierType}={i.Identifier}")),
    };

    /// <summary>The profile, or the field errors in the page's language.</summary>
    public (IssuerProfile? Profile, Dictionary<string, string> Errors) ToProfile(string issuerDid, string language)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        if (Name.Length is 0 or > 300)
        {
            errors["name"] = t("Escriba el nombre de la institución (hasta 300 caracteres).", "Enter the institution's name (up to 300 characters).");
        }

        var url = HttpUrl(Url);
        if (url is null)
        {
            errors["url"] = t("Escriba una URL absoluta http(s) del sitio de la institución.", "Enter an absolute http(s) URL of the institution's site.");
        }

        if (Email.Length > 0 && (!MailAddress.TryCreate(Email, out var mail) || mail.Address != Email))
        {
            errors["email"] = t("Escriba un correo válido, p. ej. insignias@universidad.edu.mx.", "Enter a valid email, e.g. badges@university.edu.");
        }

        var image = Image.Length > 0 ? HttpUrl(Image) : null;
        if (Image.Length > 0 && image is null)
        {
            errors["image"] = t("Escriba una URL absoluta http(s) de la imagen, o déjelo vacío.", "Enter an absolute http(s) image URL, or leave it empty.");
        }

        var identifiers = new List<IssuerIdentifier>();
        foreach (var line in Identifiers.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == line.Length - 1)
            {
                errors["identifiers"] = t($"«{line}» debe ser tipo=valor, p. ej. ext:SEPInstitutionKey=09PSU0001X.", $"'{line}' must be type=value, e.g. ext:SEPInstitutionKey=09PSU0001X.");
                break;
            }

            identifiers.Add(new IssuerIdentifier(line[(equals + 1)..].Trim(), line[..equals].Trim()));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new IssuerProfile(issuerDid, Name, url!)
        {
            Email = Email.Length > 0 ? Email : null,
            Image = image,
            Description = Description.Length > 0 ? Description : null,
            OtherIdentifiers = identifiers,
        }, errors);
    }

    private static Uri? HttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
}
