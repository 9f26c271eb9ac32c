using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Finds a verification method in a fetched document: a controller (DID) document, the method itself, or a JWK.</summary>
internal static class ControllerDocumentLookup
{
    public static VerificationMethodResolution Find(JsonObject document, string documentLocation, string verificationMethodId)
    {
        var documentId = JsonText.StringOf(document["id"]) ?? documentLocation;
        if (documentId == verificationMethodId || document["kty"] is not null)
        {
            return VerificationMethodReader.Read(document, verificationMethodId, authorizedForAssertion: true);
        }

        var method = JsonText.Items(document["verificationMethod"])
            .Concat(JsonText.Items(document[DataIntegrityConstants.AssertionMethod]))
            .OfType<JsonObject>()
            .FirstOrDefault(m => Absolute(JsonText.StringOf(m["id"]), documentId) == verificationMethodId);
        if (method is null)
        {
            return VerificationMethodResolution.Failed(
                ProofErrors.VerificationMethodNotFound, $"The document at {documentLocation} has no verification method '{verificationMethodId}'.");
        }

        var authorized = JsonText.Items(document[DataIntegrityConstants.AssertionMethod])
            .Any(entry => Absolute(JsonText.IdOf(entry), documentId) == verificationMethodId);
        return VerificationMethodReader.Read(method, verificationMethodId, authorized);
    }

    private static string? Absolute(string? id, string documentId) =>
        id is not null && id.StartsWith('#') ? documentId + id : id;
}
