using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;

namespace Insignia.Core.Proofs;

/// <summary>Checks a proof object's shape: supported type and cryptosuite, purpose, method, value and date.</summary>
internal static class DataIntegrityProofReader
{
    public static (ParsedProof? Proof, VerificationError? Error) Read(JsonObject proof, string expectedPurpose)
    {
        var type = JsonText.StringOf(proof["type"]);
        var cryptosuite = JsonText.StringOf(proof["cryptosuite"]);
        var suiteError = CheckSuite(type, cryptosuite);
        if (suiteError is not null)
        {
            return (null, suiteError);
        }

        var purpose = JsonText.StringOf(proof["proofPurpose"]);
        if (purpose != expectedPurpose)
        {
            return Fail(ProofErrors.InvalidProofPurpose, $"The proof purpose is '{purpose}'; '{expectedPurpose}' was expected.");
        }

        var method = JsonText.StringOf(proof["verificationMethod"]);
        if (string.IsNullOrWhiteSpace(method))
        {
            return Fail(ProofErrors.MalformedProof, "The proof has no verificationMethod string.");
        }

        var created = proof["created"];
        if (created is not null && !IsDateTime(JsonText.StringOf(created)))
        {
            return Fail(ProofErrors.MalformedProof, "The proof's 'created' is not an XML Schema dateTime.");
        }

        var value = Multibase.DecodeBase58Btc(JsonText.StringOf(proof[DataIntegrityConstants.ProofValue]));
        if (!value.Succeeded)
        {
            return Fail(ProofErrors.MalformedProofValue, "proofValue: " + value.Problem);
        }

        return value.Bytes.Length == Ed25519SignatureCheck.SignatureLength
            ? (new ParsedProof(proof, type!, cryptosuite, method, value.Bytes), null)
            : Fail(ProofErrors.MalformedProofValue, $"proofValue holds {value.Bytes.Length} bytes; an Ed25519 signature is 64.");
    }

    private static VerificationError? CheckSuite(string? type, string? cryptosuite) => type switch
    {
        DataIntegrityConstants.DataIntegrityProofType when cryptosuite == DataIntegrityConstants.EddsaRdfc2022 => null,
        DataIntegrityConstants.DataIntegrityProofType => new VerificationError(
            ProofErrors.UnsupportedCryptosuite, $"Cryptosuite '{cryptosuite}' is not supported; only eddsa-rdfc-2022."),
        DataIntegrityConstants.Ed25519Signature2020Type when cryptosuite is null => null,
        DataIntegrityConstants.Ed25519Signature2020Type => new VerificationError(
            ProofErrors.MalformedProof, "An Ed25519Signature2020 proof has no cryptosuite."),
        _ => new VerificationError(
            ProofErrors.UnsupportedProofType, $"Proof type '{type}' is not supported; use DataIntegrityProof or Ed25519Signature2020."),
    };

    private static bool IsDateTime(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
        && text.Contains('T', StringComparison.Ordinal);

    private static (ParsedProof?, VerificationError?) Fail(string code, string message) => (null, new VerificationError(code, message));
}
