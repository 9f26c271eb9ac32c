using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Insignia.Host.Lti;

/// <summary>Protects small LTI records (sessions, deep-linking choices) as opaque, tamper-proof strings.</summary>
internal sealed class LtiProtector(IDataProtectionProvider protection)
{
    public string Protect<T>(string purpose, T value) => protection.CreateProtector(purpose).Protect(JsonSerializer.Serialize(value));

    public T? TryUnprotect<T>(string purpose, string? value)
        where T : class
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(protection.CreateProtector(purpose).Unprotect(value));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
