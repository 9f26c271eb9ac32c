using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>
/// Rebuilds what a proof signed: the document without <c>proof</c>, plus any proofs a chained proof names in
/// <c>previousProof</c>, under the proof's <c>@context</c> when it has one.
/// </summary>
internal static class UnsecuredDocument
{
    public static (JsonObject? Document, VerificationError? Error) For(JsonObject securedDocument, JsonObject proof, IReadOnlyList<JsonNode?> allProofs)
    {
        var document = (JsonObject)securedDocument.DeepClone();
        document.Remove(DataIntegrityConstants.ProofProperty);

        var contextError = CheckContext(document[DataIntegrityConstants.ContextProperty], proof[DataIntegrityConstants.ContextProperty]);
        if (contextError is not null)
        {
            return (null, contextError);
        }

        if (proof[DataIntegrityConstants.ContextProperty] is { } proofContext)
        {
            document[DataIntegrityConstants.ContextProperty] = proofContext.DeepClone();
        }

        var previousIds = JsonText.Items(proof[DataIntegrityConstants.PreviousProof]).Select(JsonText.StringOf).ToList();
        if (previousIds.Count == 0)
        {
            return (document, null);
        }

        var previous = new JsonArray();
        foreach (var id in previousIds)
        {
            var match = allProofs.OfType<JsonObject>().FirstOrDefault(p => id is not null && JsonText.StringOf(p["id"]) == id);
            if (match is null)
            {
                return (null, new VerificationError(ProofErrors.MalformedProof, $"The previous proof '{id}' is not in the document."));
            }

            previous.Add(match.DeepClone());
        }

        document[DataIntegrityConstants.ProofProperty] = previous.Count == 1 ? previous[0]!.DeepClone() : previous;
        return (document, null);
    }

    /// <summary>A proof's own <c>@context</c> must be the document's, or a leading part of it in the same order.</summary>
    private static VerificationError? CheckContext(JsonNode? documentContext, JsonNode? proofContext)
    {
        if (proofContext is null)
        {
            return null;
        }

        var documentItems = JsonText.Items(documentContext).ToList();
        var proofItems = JsonText.Items(proofContext).ToList();
        var matches = proofItems.Count <= documentItems.Count
            && proofItems.Select((item, i) => JsonNode.DeepEquals(item, documentItems[i])).All(equal => equal);
        return matches
            ? null
            : new VerificationError(ProofErrors.ContextMismatch, "The proof's @context does not match the start of the document's @context.");
    }
}
