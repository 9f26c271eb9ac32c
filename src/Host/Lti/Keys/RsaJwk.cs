using System.Security.Cryptography;
using Insignia.Core.Ports;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>Converts stored RSA keys (SPKI public, PKCS#8 private) to JWKs and signing credentials.</summary>
internal static class RsaJwk
{
    public static Dictionary<string, string> ToJwk(PublicSigningKey key)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(key.PublicKey.Span, out _);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public static object ToJwks(IEnumerable<PublicSigningKey> keys) =>
        new { keys = keys.Where(k => k.Algorithm == SigningAlgorithm.Rsa).Select(ToJwk).ToList() };

    public static SigningCredentials ToSigningCredentials(SigningKeyPair pair)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pair.PrivateKey.Span, out _);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = pair.Public.KeyId }, SecurityAlgorithms.RsaSha256);
    }
}
