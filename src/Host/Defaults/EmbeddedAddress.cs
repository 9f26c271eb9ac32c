using Insignia.Host.Issuer;

namespace Insignia.Host.Defaults;

/// <summary>
/// The address the embedded host listens on when nothing else is configured. Credential, profile and status URLs
/// default to it too, so the links in a demo credential open on the machine that issued it.
/// </summary>
internal static class EmbeddedAddress
{
    public const string Url = "http://127.0.0.1:5000";

    public static void UseEmbeddedAddress(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(Url);
        var baseUrlKey = $"{IssuerOptions.SectionName}:{nameof(IssuerOptions.BaseUrl)}";
        if (string.IsNullOrEmpty(builder.Configuration[baseUrlKey]))
        {
            builder.Configuration.AddInMemoryCollection([new(baseUrlKey, Url + "/")]);
        }
    }
}
