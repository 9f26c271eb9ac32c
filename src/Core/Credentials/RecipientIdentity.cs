using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Insignia.Core.Credentials;

/// <summary>The OB 3.0 hashed identity: "sha256$" + lowercase hex of SHA-256(identity + salt).</summary>
internal static class RecipientIdentity
{
    public static string Hash(string identity, string salt)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(salt);
        var normalized = identity.Trim().ToLower(CultureInfo.InvariantCulture);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalized + salt));
        return OpenBadgeConstants.HashPrefix + Convert.ToHexStringLower(digest);
    }

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
