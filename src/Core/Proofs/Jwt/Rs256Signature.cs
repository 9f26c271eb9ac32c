using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>Checks only the RS256 signature through Microsoft.IdentityModel; claims and lifetime are checked by Insignia.</summary>
internal static class Rs256Signature
{
    public static async ValueTask<bool> IsValidAsync(CompactJws jws, RSAParameters publicKey)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(publicKey),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = true,
        };
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jws.Token, parameters).ConfigureAwait(false);
        return result.IsValid;
    }
}
