using System.Text.RegularExpressions;
using Insignia.Host.Lti.Registrations;

namespace Insignia.Host.Web.Admin;

/// <summary>The LTI registration form: issuer, client id, the platform's endpoints, deployments (one per line) and auto-onboarding.</summary>
internal sealed partial record LtiRegistrationForm
{
    public string Name { get; init; } = string.Empty;

    public string Issuer { get; init; } = string.Empty;

    public string ClientId { get; init; } = string.Empty;

    public string AuthUrl { get; init; } = string.Empty;

    public string TokenUrl { get; init; } = string.Empty;

    public string JwksUrl { get; init; } = string.Empty;

    public string Deployments { get; init; } = string.Empty;

    public bool AutoOnboard { get; init; }

    public IReadOnlyList<string> DeploymentIds => Deployments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public static LtiRegistrationForm From(IFormCollection form, LtiPlatform? existing) => new()
    {
        Name = existing?.Name ?? form["name"].ToString().Trim(),
        Issuer = existing?.Issuer ?? form["issuer"].ToString().Trim(),
        ClientId = existing?.ClientId ?? form["clientId"].ToString().Trim(),
        AuthUrl = form["authUrl"].ToString().Trim(),
        TokenUrl = form["tokenUrl"].ToString().Trim(),
        JwksUrl = form["jwksUrl"].ToString().Trim(),
        Deployments = form["deployments"].ToString().Replace("\r\n", "\n", StringComparison.Ordinal),
        AutoOnboard = form["autoOnboard"] == "true",
    };

    public static LtiRegistrationForm From(LtiPlatform platform) => new()
    {
        Name = platform.Name,
        Issuer = platform.Issuer,
        ClientId = platform.ClientId,
        AuthUrl = platform.AuthUrl,
        TokenUrl = platform.TokenUrl,
        JwksUrl = platform.JwksUrl,
        Deployments = string.Join('\n', platform.Deployments.Order(StringComparer.Ordinal)),
        AutoOnboard = platform.AutoOnboardDeployments,
    };

    public LtiPlatform ToPlatform() => new(Name.Length > 0 ? Name : LtiPlatformNames.Derive(Issuer, ClientId), Issuer, ClientId, AuthUrl, TokenUrl, JwksUrl)
    {
        AutoOnboardDeployments = AutoOnboard,
        Deployments = DeploymentIds.ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>Field errors; <paramref name="existing"/> is the stored registration when editing (its own URLs are accepted as they are).</summary>
    public Dictionary<string, string> Validate(string language, LtiPlatform? existing, LtiPlatform? sameName)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var t = (string es, string en) => UiLanguage.Pick(language, es, en);
        var url = t("Escriba una URL absoluta http(s).", "Enter an absolute http(s) URL.");
        if (Name.Length > 0 && !NamePattern().IsMatch(Name))
        {
            errors["name"] = t("Use de 1 a 64 letras minúsculas, dígitos o guiones, o déjelo vacío.", "Use 1 to 64 lowercase letters, digits or dashes, or leave it empty.");
        }
        else if (existing is null && sameName is not null && (sameName.Issuer != Issuer || sameName.ClientId != ClientId))
        {
            errors["name"] = t($"El nombre ya es de {sameName.Issuer}; elija otro.", $"The name already belongs to {sameName.Issuer}; choose another.");
        }

        Url(errors, "issuer", Issuer, existing?.Issuer, url);
        if (ClientId.Length is 0 or > 200)
        {
            errors["clientId"] = t("Escriba el client id que le dio la plataforma.", "Enter the client id the platform gave you.");
        }

        Url(errors, "authUrl", AuthUrl, existing?.AuthUrl, url);
        Url(errors, "tokenUrl", TokenUrl, existing?.TokenUrl, url);
        Url(errors, "jwksUrl", JwksUrl, existing?.JwksUrl, url);
        if (DeploymentIds.Any(d => d.Length > 255))
        {
            errors["deployments"] = t("Cada id de despliegue cabe en 255 caracteres.", "Each deployment id fits in 255 characters.");
        }

        return errors;
    }

    private static void Url(Dictionary<string, string> errors, string field, string value, string? stored, string message)
    {
        var ok = value == stored || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
        if (!ok)
        {
            errors[field] = message;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}
