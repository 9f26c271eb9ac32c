using System.Globalization;

namespace Insignia.Core.Proofs;

/// <summary>Parses the hex seed an operator passes as <c>--key-seed</c> for reproducible signing.</summary>
internal static class KeySeed
{
    /// <returns>The 32-byte seed, or a problem a person can act on.</returns>
    public static (byte[] Seed, string? Problem) ParseHex(string? text)
    {
        var hex = text?.Trim() ?? string.Empty;
        if (hex.Length != Ed25519SigningKey.SeedLength * 2)
        {
            return ([], $"The key seed must be {Ed25519SigningKey.SeedLength * 2} hex digits ({Ed25519SigningKey.SeedLength} bytes); got {hex.Length} characters.");
        }

        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return ([], string.Create(CultureInfo.InvariantCulture, $"The key seed contains '{c}', which is not a hex digit."));
            }
        }

        return (Convert.FromHexString(hex), null);
    }
}
