using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Core.Proofs.Jwt;

/// <summary>Signs a credential as a compact VC-JWT (OB 3.0 §8.2): RS256 through Microsoft.IdentityModel, EdDSA through NSec.</summary>
internal sealed class VcJwtSigner(TimeProvider timeProvider)
{
    public string Sign(JsonObject credential, VcJwtSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(key);

        var payload = VcJwtClaims.ForCredential(credential, timeProvider.GetUtcNow()).ToJsonString();
        return key.Algorithm == VcJwtConstants.RS256 ? SignRs256(payload, key) : SignEdDsa(payload, key);
    }

    private static string SignRs256(string payload, VcJwtSigningKey key)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(payload, credentials);
    }

    private static string SignEdDsa(string payload, VcJwtSigningKey key)
    {
        var header = new JsonObject { ["alg"] = VcJwtConstants.EdDSA, ["typ"] = "JWT", ["kid"] = key.KeyId }.ToJsonString();
        var signingInput = Base64UrlText.Encode(Encoding.UTF8.GetBytes(header)) + "." + Base64UrlText.Encode(Encoding.UTF8.GetBytes(payload));
        var signature = key.Ed25519!.Sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlText.Encode(signature);
    }
}
