using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>
/// Imports a platform's RSA JWK once into an <see cref="RSA"/> instance and reuses the key object, so signature
/// providers are cached per key and no verification re-imports the modulus.
/// </summary>
internal static class RsaKeys
{
    private static readonly ConditionalWeakTable<JsonWebKey, RsaSecurityKey> Imported = [];

    public static RsaSecurityKey GetOrAdd(JsonWebKey jwk) => Imported.GetValue(jwk, static k =>
    {
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters { Modulus = Base64UrlEncoder.DecodeBytes(k.N), Exponent = Base64UrlEncoder.DecodeBytes(k.E) });
        return new RsaSecurityKey(rsa) { KeyId = k.Kid };
    });
}
