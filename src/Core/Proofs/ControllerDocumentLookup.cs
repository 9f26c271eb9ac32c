using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// Finds a verification method in a fetched document: a controller (DID) document, the method itself, or a JWK.
/// A document may only speak for the id it was fetched under, so a key found in it is controlled by that id and
/// nothing the document claims about other controllers is believed.
/// </summary>
internal static class ControllerDocumentLookup
{
    /// <param name="document">The fetched document.</param>
    /// <param name="documentId">The id the document was fetched for: the DID, or the URL without fragment.</param>
    /// <param name="verificationMethodId">The verification method wanted.</param>
    public static VerificationMethodResolution Find(JsonObject document, string documentId, string verificationMethodId)
    {
        var declaredId = JsonText.StringOf(document["id"]);
        if (declaredId == verificationMethodId || (declaredId is null && (document["kty"] is not null || documentId == verificationMethodId)))
        {
            // A method published on its own: usable, but it proves no controller (a key at another URL could claim any).
            return VerificationMethodReader.Read(document, verificationMethodId, authorizedForAssertion: true, controller: null);
        }

        if (declaredId is not null && declaredId != documentId)
        {
            return VerificationMethodResolution.Failed(
                ProofErrors.MalformedVerificationMethod, $"The document fetched for '{documentId}' says its id is '{declaredId}'.");
        }

        var method = JsonText.Items(document["verificationMethod"])
            .Concat(JsonText.Items(document[DataIntegrityConstants.AssertionMethod]))
            .OfType<JsonObject>()
            .FirstOrDefault(m => Absolute(JsonText.StringOf(m["id"]), documentId) == verificationMethodId);
        if (method is null)
        {
            return VerificationMethodResolution.Failed(
                ProofErrors.VerificationMethodNotFound, $"The document for '{documentId}' has no verification method '{verificationMethodId}'.");
        }

        var authorized = JsonText.Items(document[DataIntegrityConstants.AssertionMethod])
            .Any(entry => Absolute(JsonText.IdOf(entry), documentId) == verificationMethodId);
        return VerificationMethodReader.Read(method, verificationMethodId, authorized, controller: documentId);
    }

    private static string? Absolute(string? id, string documentId) =>
        id is not null && id.StartsWith('#') ? documentId + id : id;
}
