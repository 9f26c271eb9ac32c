using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Insignia.Host.Lti.Login;

/// <summary>Turns a <see cref="LoginTicket"/> into an opaque, tamper-proof string and back.</summary>
internal sealed class LoginTicketProtector(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Insignia.Lti.LoginTicket.v1");

    public string Protect(LoginTicket ticket) => _protector.Protect(JsonSerializer.Serialize(ticket));

    public LoginTicket? TryUnprotect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<LoginTicket>(_protector.Unprotect(value));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}
