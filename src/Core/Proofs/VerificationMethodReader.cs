using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Proofs;

/// <summary>Reads the public key of one verification method object, by its type.</summary>
internal static class VerificationMethodReader
{
    public const string MultikeyType = "Multikey";
    public const string Ed25519VerificationKey2020Type = "Ed25519VerificationKey2020";

    public static VerificationMethodResolution Read(JsonObject method, string id, bool authorizedForAssertion, string? controller)
    {
        var type = JsonText.StringOf(method["type"]);
        var (key, error) = type switch
        {
            MultikeyType or Ed25519VerificationKey2020Type => ReadMultikey(JsonText.StringOf(method["publicKeyMultibase"])),
            "JsonWebKey" or "JsonWebKey2020" => JwkReader.Read(method["publicKeyJwk"] as JsonObject),
            null when method["kty"] is not null => JwkReader.Read(method),
            _ => (null, new VerificationError(
                ProofErrors.UnsupportedVerificationMethod,
                $"Verification method type '{type}' is not supported; use Multikey, Ed25519VerificationKey2020 or JsonWebKey.")),
        };

        return key is null
            ? new VerificationMethodResolution(null, error)
            : VerificationMethodResolution.Found(
                new VerificationMethod(id, type ?? "JsonWebKey", controller, key, authorizedForAssertion));
    }

    private static (VerificationKey? Key, VerificationError? Error) ReadMultikey(string? publicKeyMultibase)
    {
        var decoded = Multibase.DecodeBase58Btc(publicKeyMultibase);
        if (!decoded.Succeeded)
        {
            return (null, new VerificationError(ProofErrors.MalformedVerificationMethod, "publicKeyMultibase: " + decoded.Problem));
        }

        if (decoded.Bytes is not [0xed, 0x01, ..])
        {
            var header = Convert.ToHexString(decoded.Bytes.AsSpan(0, Math.Min(2, decoded.Bytes.Length))).ToLower(CultureInfo.InvariantCulture);
            return (null, new VerificationError(
                ProofErrors.WrongKeyType, $"The multikey's multicodec header is 0x{header}, not Ed25519 (0xed01)."));
        }

        var key = Ed25519Multikey.DecodePublicKey(publicKeyMultibase);
        return key.Succeeded
            ? (VerificationKey.ForEd25519(key.Bytes), null)
            : (null, new VerificationError(ProofErrors.MalformedVerificationMethod, "publicKeyMultibase: " + key.Problem));
    }
}
