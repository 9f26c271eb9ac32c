using System.Security.Cryptography;
using System.Text;

namespace Insignia.Host.Lti.Registrations;

/// <summary>
/// Derives a registration name when none is given: <c>lti-{issuer host}-{6 hex of SHA-256(issuer + client id)}</c>,
/// e.g. <c>lti-moodle-example-edu-3fa2c1</c>. The name is the connection part of LTI course keys.
/// </summary>
internal static class LtiPlatformNames
{
    public static string Derive(string issuer, string clientId)
    {
        var host = Uri.TryCreate(issuer, UriKind.Absolute, out var uri) ? uri.Host : "platform";
        var slug = new string([.. host.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        if (slug.Length > 48)
        {
            slug = slug[..48];
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{issuer}\n{clientId}")))[..6];
        return $"lti-{slug}-{hash}";
    }
}
