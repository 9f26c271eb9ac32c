using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Proofs;

/// <summary>
/// Writes the documents an issuer publishes so its proofs verify: a controller (did:web) document whose methods
/// are all listed under <c>assertionMethod</c>, with Multikey (Ed25519) and JsonWebKey (RSA) entries.
/// </summary>
internal static class ControllerDocumentBuilder
{
    public static JsonObject ControllerDocument(string controllerId, params JsonObject[] verificationMethods)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controllerId);
        var ids = verificationMethods.Select(m => (JsonNode?)JsonValue.Create(JsonText.StringOf(m["id"]))).ToArray();
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1", "https://w3id.org/security/jwk/v1"),
            ["id"] = controllerId,
            ["verificationMethod"] = new JsonArray([.. verificationMethods.Select(m => (JsonNode?)m.DeepClone())]),
            ["assertionMethod"] = new JsonArray(ids),
        };
    }

    public static JsonObject Multikey(string id, string controller, ReadOnlySpan<byte> ed25519PublicKey) => new()
    {
        ["id"] = id,
        ["type"] = VerificationMethodReader.MultikeyType,
        ["controller"] = controller,
        ["publicKeyMultibase"] = Ed25519Multikey.EncodePublicKey(ed25519PublicKey),
    };

    public static JsonObject RsaJsonWebKey(string id, string controller, RSAParameters publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey.Modulus);
        ArgumentNullException.ThrowIfNull(publicKey.Exponent);
        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "JsonWebKey",
            ["controller"] = controller,
            ["publicKeyJwk"] = new JsonObject
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["n"] = Base64UrlText.Encode(publicKey.Modulus),
                ["e"] = Base64UrlText.Encode(publicKey.Exponent),
            },
        };
    }
}
