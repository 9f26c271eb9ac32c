using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>Imports a platform's RSA JWK once and reuses the key object (signature providers are cached per key).</summary>
internal static class RsaKeys
{
    private static readonly ConditionalWeakTable<JsonWebKey, RsaSecurityKey> Imported = [];

    public static RsaSecurityKey GetOrAdd(JsonWebKey jwk) => Imported.GetValue(jwk, static k => new RsaSecurityKey(new RSAParameters
    {
        Modulus = Base64UrlEncoder.DecodeBytes(k.N),
        Exponent = Base64UrlEncoder.DecodeBytes(k.E),
    }) { KeyId = k.Kid });
}
