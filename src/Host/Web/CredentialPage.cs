using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence.Entities;
using QRCoder;
using static Insignia.Host.Web.PageLayout;

namespace Insignia.Host.Web;

/// <summary>The public page of one credential: achievement, criteria, results, issuer, dates, status, QR and download.</summary>
internal static class CredentialPage
{
    public static string Render(string language, CredentialEntity credential, VerificationReport report, string pageUrl)
    {
        string T(string es, string en) => UiLanguage.Pick(language, es, en);
        var json = JsonNode.Parse(credential.Json)!;
        var subject = json["credentialSubject"]!;
        var achievement = subject["achievement"]!;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{E((string?)achievement["name"])}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"{StatusClass(report.Status)}\">{E(StatusText(report.Status, language))}</p>");
        body.Append(CultureInfo.InvariantCulture, $"<p>{E((string?)achievement["description"])}</p>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>{T("Criterios", "Criteria")}</h2><pre>{E((string?)achievement["criteria"]?["narrative"])}</pre>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>{T("Resultados", "Results")}</h2><table>");
        var descriptions = (achievement["resultDescription"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(d => (string?)d["id"] ?? string.Empty);
        foreach (var result in (subject["result"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var description = descriptions.GetValueOrDefault((string?)result["resultDescription"] ?? string.Empty);
            body.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E((string?)description?["name"])}</td><td>{E((string?)result["value"] ?? (string?)result["status"])}</td><td>{T("requerido", "required")}: {E((string?)description?["requiredValue"])}</td></tr>");
        }

        body.Append("</table>");
        body.Append(CultureInfo.InvariantCulture, $"<h2>{T("Emisor", "Issuer")}</h2><p>{E((string?)json["issuer"]?["name"])} <code>{E((string?)json["issuer"]?["id"])}</code></p>");
        body.Append(CultureInfo.InvariantCulture, $"<p>{T("Emitida", "Issued")}: {E(Date(language, (string?)json["validFrom"]))}");
        if (json["validUntil"] is { } until)
        {
            body.Append(CultureInfo.InvariantCulture, $" · {T("Vence", "Expires")}: {E(Date(language, (string?)until))}");
        }

        body.Append("</p>");
        body.Append(CultureInfo.InvariantCulture, $"<figure>{QrSvg(pageUrl)}<figcaption>{E(pageUrl)}</figcaption></figure>");
        body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"?download=json\" download=\"credential-{credential.Id}.json\">{T("Descargar JSON", "Download JSON")}</a> · <a href=\"/verify\">{T("Verificar otra", "Verify another")}</a> · {WalletLink(language, pageUrl)}</p>");
        return Wrap(language, (string?)achievement["name"] ?? "Insignia", body.ToString());
    }

    public static string StatusText(string status, string language) => status switch
    {
        CredentialChecker.StatusValid => UiLanguage.Pick(language, "Válida", "Valid"),
        CredentialChecker.StatusRevoked => UiLanguage.Pick(language, "Revocada", "Revoked"),
        CredentialChecker.StatusExpired => UiLanguage.Pick(language, "Vencida", "Expired"),
        _ => UiLanguage.Pick(language, "No verificada", "Not verified"),
    };

    public static string StatusClass(string status) => status == CredentialChecker.StatusValid ? "met" : "notmet";

    /// <summary>A link a wallet app can import: the credential URL answers wallets (Accept: JSON-LD) with the signed credential.</summary>
    public static string WalletLink(string language, string credentialUrl) =>
        $"<a class=\"wallet\" href=\"{E(credentialUrl)}\" type=\"application/vc+ld+json\">{E(UiLanguage.Pick(language, "Agregar a mi cartera digital", "Add to my wallet"))}</a> <small>{E(UiLanguage.Pick(language, "(en la app de su cartera elija «agregar desde enlace» o escanee el código QR)", "(in your wallet app choose \"add from link\" or scan the QR code)"))}</small>";

    /// <summary>An instant of the credential in the page language (the text as is when it is not a date).</summary>
    private static string? Date(string language, string? instant) =>
        DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? Course.UiFormat.Date(language, value) : instant;

    /// <summary>The QR code of a URL as inline SVG.</summary>
    public static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }
}
