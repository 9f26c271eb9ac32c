namespace Insignia.Core.Proofs;

/// <summary>The outcome of verifying a credential's proof(s); errors are data, never exceptions.</summary>
/// <param name="Verified"><see langword="true"/> when every proof verified and no error was found.</param>
/// <param name="Errors">Why verification failed; empty when <paramref name="Verified"/>.</param>
/// <param name="ProofType">The proof type (<c>DataIntegrityProof</c>, <c>Ed25519Signature2020</c>, <c>VC-JWT</c>), when known.</param>
/// <param name="Cryptosuite">The cryptosuite or JWS algorithm (<c>eddsa-rdfc-2022</c>, <c>RS256</c>), when known.</param>
/// <param name="Issuer">The credential's issuer id, when it could be read.</param>
internal sealed record CredentialVerificationResult(
    bool Verified,
    IReadOnlyList<VerificationError> Errors,
    string? ProofType,
    string? Cryptosuite,
    string? Issuer)
{
    public static CredentialVerificationResult Failed(VerificationError error, string? proofType = null, string? cryptosuite = null, string? issuer = null) =>
        new(false, [error], proofType, cryptosuite, issuer);

    public static CredentialVerificationResult FromErrors(IReadOnlyList<VerificationError> errors, string? proofType, string? cryptosuite, string? issuer) =>
        new(errors.Count == 0, errors, proofType, cryptosuite, issuer);
}
