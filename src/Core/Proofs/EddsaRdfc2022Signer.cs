using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Proofs;

/// <summary>Adds a Data Integrity <c>eddsa-rdfc-2022</c> proof to a credential (W3C vc-di-eddsa, "Add Proof").</summary>
internal sealed class EddsaRdfc2022Signer(IRdfCanonicalizer canonicalizer)
{
    /// <summary>
    /// Signs a copy of the document. Proofs it already has are kept (a proof set); proofs named in
    /// <see cref="DataIntegrityProofOptions.PreviousProof"/> are signed over as well (a proof chain).
    /// </summary>
    /// <returns>The secured document; the input is not changed.</returns>
    /// <exception cref="ArgumentException">A previous proof to chain onto is not in the document.</exception>
    public JsonObject Sign(JsonObject document, DataIntegrityProofOptions options, Ed25519SigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var secured = (JsonObject)document.DeepClone();
        AddProof(secured, options, key, cancellationToken);
        return secured;
    }

    /// <summary>
    /// Signs the document in place: its <c>proof</c> gets the new proof, as <see cref="Sign"/> would add it to a copy.
    /// For a caller that owns the document (the issuer builds each credential), this saves the copy.
    /// </summary>
    /// <exception cref="ArgumentException">A previous proof to chain onto is not in the document.</exception>
    public void AddProof(JsonObject document, DataIntegrityProofOptions options, Ed25519SigningKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(key);

        var unsecured = Unsecured(document, options);

        var proofConfig = ProofConfiguration.ForNewProof(options, unsecured[DataIntegrityConstants.ContextProperty]);
        var hashData = DataIntegrityHashing.ComputeHashData(canonicalizer, proofConfig, unsecured, cancellationToken);

        var proof = proofConfig;
        proof.Remove(DataIntegrityConstants.ContextProperty);
        proof[DataIntegrityConstants.ProofValue] = Multibase.EncodeBase58Btc(key.Sign(hashData));

        document.Remove(DataIntegrityConstants.ProofProperty, out var existingProofs);
        document[DataIntegrityConstants.ProofProperty] = CombineProofs(existingProofs, proof, options.ProofAsArray);
    }

    /// <summary>
    /// What the new proof signs. A document without proofs, signed without a chain, is its own unsecured form:
    /// the canonicalizer only reads it, so it is not copied.
    /// </summary>
    private static JsonObject Unsecured(JsonObject document, DataIntegrityProofOptions options)
    {
        if (options.PreviousProof.Count == 0 && !document.ContainsKey(DataIntegrityConstants.ProofProperty))
        {
            return document;
        }

        var existing = JsonText.Items(document[DataIntegrityConstants.ProofProperty]).ToList();
        var (unsecured, error) = UnsecuredDocument.For(document, ProofConfiguration.ForNewProof(options, null), existing);
        return unsecured ?? throw new ArgumentException(error!.Message, nameof(options));
    }

    private static JsonNode CombineProofs(JsonNode? existing, JsonObject proof, bool asArray)
    {
        switch (existing)
        {
            case null:
                return asArray ? new JsonArray(proof) : proof;
            case JsonArray array:
                array.Add(proof);
                return array;
            default:
                return new JsonArray(existing, proof);
        }
    }
}
