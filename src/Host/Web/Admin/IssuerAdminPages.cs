using System.Globalization;
using System.Text;
using Insignia.Core.Ports;
using Insignia.Host.Issuer;
using Insignia.Host.Web.Course;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web.Admin;

/// <summary>The issuer page (profile form and keys) and the rotation confirmation.</summary>
internal static class IssuerAdminPages
{
    public static string Page(AdminRequest ui, IssuerDirectory directory, IssuerProfileForm form, IReadOnlyDictionary<string, string> errors, IReadOnlyList<PublicSigningKey> keys, string notice)
    {
        var html = new StringBuilder($"<h1>{E(ui.T("Emisor y claves", "Issuer and keys"))}</h1>{notice}");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Identificador (DID):", "Identifier (DID):"))} <code>{E(directory.IssuerDid)}</code> · <a href=\"{E(directory.ProfileUrl.AbsolutePath)}\">{E(ui.T("perfil público", "public profile"))}</a> · <a href=\"{E($"/issuers/{directory.IssuerId}/did.json")}\">did.json</a></p>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Perfil", "Profile"))}</h2>").Append(AdminForm.ErrorSummary(ui, errors));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/admin/issuer"))}\" novalidate>{ui.FormFields()}");
        html.Append(AdminForm.Input("name", ui.T("Nombre de la institución", "Institution name"), form.Name, errors, required: true));
        html.Append(AdminForm.Input("url", ui.T("Sitio web", "Website"), form.Url, errors, "url", required: true));
        html.Append(AdminForm.Input("email", ui.T("Correo de contacto", "Contact email"), form.Email, errors, "email"));
        html.Append(AdminForm.Input("image", ui.T("URL del logotipo", "Logo URL"), form.Image, errors, "url"));
        html.Append(AdminForm.TextArea("description", ui.T("Descripción", "Description"), form.Description, errors));
        html.Append(AdminForm.TextArea("identifiers", ui.T("Otros identificadores (tipo=valor, uno por línea)", "Other identifiers (type=value, one per line)"), form.Identifiers, errors,
            ui.T("p. ej. la clave de institución SEP/DGP: ext:SEPInstitutionKey=09PSU0001X", "e.g. the SEP/DGP institution key: ext:SEPInstitutionKey=09PSU0001X")));
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(ui.T("Guardar el perfil", "Save the profile"))}</button></p></form>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(ui.T("Claves de firma", "Signing keys"))}</h2><p>{E(ui.T("Las claves retiradas siguen publicadas en did.json, así las credenciales firmadas antes se siguen verificando.", "Retired keys stay published in did.json, so credentials signed before keep verifying."))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th scope=\"col\">{E(ui.T("Clave", "Key"))}</th><th scope=\"col\">{E(ui.T("Algoritmo", "Algorithm"))}</th><th scope=\"col\">{E(ui.T("Estado", "State"))}</th><th scope=\"col\">{E(ui.T("Creada", "Created"))}</th></tr></thead><tbody>");
        foreach (var key in keys)
        {
            var state = key.RetiredAt is { } retired
                ? ui.T($"retirada el {UiFormat.Date(ui.Language, retired)}", $"retired {UiFormat.Date(ui.Language, retired)}")
                : ui.T("activa", "active");
            html.Append(CultureInfo.InvariantCulture, $"<tr data-key=\"{E(key.KeyId)}\" data-state=\"{(key.RetiredAt is null ? "active" : "retired")}\"><td><code>{E(key.KeyId)}</code></td><td>{E(AlgorithmName(key.Algorithm))}</td><td>{E(state)}</td><td>{E(UiFormat.Date(ui.Language, key.CreatedAt))}</td></tr>");
        }

        html.Append("</tbody></table><p>");
        foreach (var algorithm in new[] { "ed25519", "rsa" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"button\" href=\"{E(ui.Url($"/admin/issuer/rotate?algorithm={algorithm}"))}\">{E(ui.T($"Rotar la clave {AlgorithmName(Parse(algorithm)!.Value)}", $"Rotate the {AlgorithmName(Parse(algorithm)!.Value)} key"))}</a> ");
        }

        return html.Append("</p>").ToString();
    }

    public static string Confirm(AdminRequest ui, string algorithm, string? error)
    {
        var name = AlgorithmName(Parse(algorithm)!.Value);
        var html = new StringBuilder($"<h1>{E(ui.T($"Rotar la clave {name}", $"Rotate the {name} key"))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(ui.T("Se creará una clave nueva que firmará desde ahora. La clave actual queda retirada pero publicada, así que las credenciales ya emitidas se siguen verificando.", "A new key will sign from now on. The current key is retired but stays published, so credentials already issued keep verifying."))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(ui.Url("/admin/issuer/rotate"))}\">{ui.FormFields()}<input type=\"hidden\" name=\"algorithm\" value=\"{E(algorithm)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<p><input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"yes\"{(error is null ? string.Empty : " aria-invalid=\"true\" aria-describedby=\"confirm-error\"")}> <label for=\"confirm\">{E(ui.T("Entiendo: rotar la clave ahora", "I understand: rotate the key now"))}</label>");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<br><span class=\"notmet\" id=\"confirm-error\" data-error-for=\"confirm\">{E(error)}</span>");
        }

        return html.Append(CultureInfo.InvariantCulture, $"</p><p><button type=\"submit\">{E(ui.T("Rotar", "Rotate"))}</button> <a href=\"{E(ui.Url("/admin/issuer"))}\">{E(ui.T("Cancelar", "Cancel"))}</a></p></form>").ToString();
    }

    public static SigningAlgorithm? Parse(string algorithm) => algorithm switch
    {
        "ed25519" => SigningAlgorithm.Ed25519,
        "rsa" => SigningAlgorithm.Rsa,
        _ => null,
    };

    private static string AlgorithmName(SigningAlgorithm algorithm) => algorithm == SigningAlgorithm.Ed25519 ? "Ed25519" : "RSA (RS256)";
}
