using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Reads the public keys Insignia accepts from a JWK: OKP/Ed25519 and RSA of 2048 bits or more.</summary>
internal static class JwkReader
{
    public const int MinimumRsaModulusBits = 2048;

    public static (VerificationKey? Key, VerificationError? Error) Read(JsonObject? jwk)
    {
        if (jwk is null)
        {
            return Fail(ProofErrors.MalformedVerificationMethod, "The verification method has no publicKeyJwk object.");
        }

        var keyType = JsonText.StringOf(jwk["kty"]);
        return keyType is null
            ? Fail(ProofErrors.MalformedVerificationMethod, "The JWK has no 'kty'.")
            : ReadByType(jwk, keyType);
    }

    private static (VerificationKey? Key, VerificationError? Error) ReadByType(JsonObject jwk, string keyType) => keyType switch
    {
        "OKP" => ReadOctetKeyPair(jwk),
        "RSA" => ReadRsa(jwk),
        _ => Fail(ProofErrors.WrongKeyType, $"JWK key type '{keyType}' is not accepted; use OKP (Ed25519) or RSA."),
    };

    private static (VerificationKey? Key, VerificationError? Error) ReadOctetKeyPair(JsonObject jwk)
    {
        if (JsonText.StringOf(jwk["crv"]) != "Ed25519")
        {
            return Fail(ProofErrors.WrongKeyType, $"JWK curve '{JsonText.StringOf(jwk["crv"])}' is not accepted; only Ed25519.");
        }

        return Base64UrlText.TryDecode(JsonText.StringOf(jwk["x"]), out var x) && x.Length == Ed25519SigningKey.SeedLength
            ? (VerificationKey.ForEd25519(x), null)
            : Fail(ProofErrors.MalformedVerificationMethod, "The Ed25519 JWK's 'x' is not a base64url 32-byte key.");
    }

    private static (VerificationKey? Key, VerificationError? Error) ReadRsa(JsonObject jwk)
    {
        if (!Base64UrlText.TryDecode(JsonText.StringOf(jwk["n"]), out var modulus)
            || !Base64UrlText.TryDecode(JsonText.StringOf(jwk["e"]), out var exponent)
            || modulus.Length == 0 || exponent.Length == 0)
        {
            return Fail(ProofErrors.MalformedVerificationMethod, "The RSA JWK's 'n' or 'e' is missing or not base64url.");
        }

        var bits = (modulus.Length - modulus.TakeWhile(b => b == 0).Count()) * 8;
        return bits < MinimumRsaModulusBits
            ? Fail(ProofErrors.WrongKeyType, $"The RSA key has about {bits} bits; at least {MinimumRsaModulusBits} are required.")
            : (VerificationKey.ForRsa(new RSAParameters { Modulus = modulus, Exponent = exponent }), null);
    }

    private static (VerificationKey? Key, VerificationError? Error) Fail(string code, string message) => (null, new VerificationError(code, message));
}
