using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Proofs;

/// <summary>Resolves Ed25519 <c>did:key</c> identifiers (W3C CCG did:key) into DID documents, locally.</summary>
internal static class DidKeyResolver
{
    public const string MethodPrefix = "did:key:";

    /// <returns>The DID document, or a problem when the DID is not an Ed25519 did:key.</returns>
    public static (JsonObject? Document, VerificationError? Error) CreateDocument(string did)
    {
        ArgumentNullException.ThrowIfNull(did);
        if (!did.StartsWith(MethodPrefix, StringComparison.Ordinal) || did.Contains('#', StringComparison.Ordinal))
        {
            return (null, new VerificationError(ProofErrors.UnsupportedVerificationMethod, $"'{did}' is not a did:key DID."));
        }

        var multibase = did[MethodPrefix.Length..];
        var key = Ed25519Multikey.DecodePublicKey(multibase);
        if (!key.Succeeded)
        {
            var code = multibase.StartsWith("z6Mk", StringComparison.Ordinal) ? ProofErrors.MalformedVerificationMethod : ProofErrors.WrongKeyType;
            return (null, new VerificationError(code, $"'{did}' is not an Ed25519 did:key: {key.Problem}"));
        }

        var methodId = did + "#" + multibase;
        return (new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
            ["id"] = did,
            ["verificationMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = methodId,
                ["type"] = VerificationMethodReader.MultikeyType,
                ["controller"] = did,
                ["publicKeyMultibase"] = multibase,
            }),
            ["authentication"] = new JsonArray(methodId),
            ["assertionMethod"] = new JsonArray(methodId),
            ["capabilityDelegation"] = new JsonArray(methodId),
            ["capabilityInvocation"] = new JsonArray(methodId),
        }, null);
    }

    public static VerificationMethodResolution Resolve(string verificationMethodId)
    {
        var did = verificationMethodId.Split('#', 2)[0];
        var (document, error) = CreateDocument(did);
        return document is null
            ? new VerificationMethodResolution(null, error)
            : ControllerDocumentLookup.Find(document, did, verificationMethodId);
    }
}
