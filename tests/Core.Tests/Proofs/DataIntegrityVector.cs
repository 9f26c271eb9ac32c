using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>One published Data Integrity test vector, read in place.</summary>
internal sealed record DataIntegrityVector(
    string Name,
    JsonObject Signed,
    JsonObject ProofConfig,
    string CanonicalDocument,
    string CanonicalProofConfig,
    byte[] ProofHash,
    byte[] DocumentHash,
    byte[] Signature,
    byte[] Seed,
    IReadOnlyDictionary<string, JsonObject> KeyDocuments)
{
    public JsonObject Unsigned => ProofVectors.WithoutProof(Signed);

    public bool ProofIsArray => Signed["proof"] is JsonArray;

    public JsonObject Proof => (Signed["proof"] is JsonArray proofs ? proofs[0]! : Signed["proof"]!).AsObject();

    public string ProofValue => (string)Proof["proofValue"]!;

    public string VerificationMethod => (string)Proof["verificationMethod"]!;

    public DateTimeOffset Created => DateTimeOffset.Parse((string)Proof["created"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets a value indicating whether the issuer controls the key (false for W3C suite vectors, whose issuer is a placeholder).</summary>
    public bool IssuerControlsKey => KeyDocuments.Count > 0;

    public DataIntegrityVerifier Verifier(IRdfCanonicalizer canonicalizer) => new(
        canonicalizer,
        new VerificationMethodResolver(new InMemoryKeyDocumentLoader(KeyDocuments)),
        ProofTestClock.Create(),
        new CredentialVerificationOptions { RequireIssuerControlsKey = IssuerControlsKey });

    public VectorCanonicalizer Canonicalizer() => new((Unsigned, CanonicalDocument), (ProofConfig, CanonicalProofConfig));

    public override string ToString() => Name;
}
