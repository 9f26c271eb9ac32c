using System.Text.Json.Nodes;

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

    public VectorCanonicalizer Canonicalizer() => new((Unsigned, CanonicalDocument), (ProofConfig, CanonicalProofConfig));

    public override string ToString() => Name;
}
