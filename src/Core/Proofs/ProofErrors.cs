namespace Insignia.Core.Proofs;

/// <summary>Stable snake_case codes of the reasons a credential's proof does not verify.</summary>
internal static class ProofErrors
{
    public const string MalformedCredential = "malformed_credential";
    public const string MissingProof = "missing_proof";
    public const string MalformedProof = "malformed_proof";
    public const string UnsupportedProofType = "unsupported_proof_type";
    public const string UnsupportedCryptosuite = "unsupported_cryptosuite";
    public const string ContextMismatch = "context_mismatch";
    public const string InvalidProofPurpose = "invalid_proof_purpose";
    public const string MalformedProofValue = "malformed_proof_value";
    public const string VerificationMethodNotFound = "verification_method_not_found";
    public const string UnsupportedVerificationMethod = "unsupported_verification_method";
    public const string MalformedVerificationMethod = "malformed_verification_method";
    public const string WrongKeyType = "wrong_key_type";
    public const string NotAuthorizedForPurpose = "verification_method_not_authorized";
    public const string InvalidSignature = "invalid_signature";
    public const string CanonicalizationFailed = "canonicalization_failed";
    public const string MalformedJwt = "malformed_jwt";
    public const string DisallowedAlgorithm = "disallowed_algorithm";
    public const string MissingKeyId = "missing_key_id";
    public const string Expired = "expired";
    public const string NotYetValid = "not_yet_valid";
    public const string ClaimMismatch = "claim_mismatch";
    public const string MissingCredential = "missing_credential";
    public const string IssuerKeyMismatch = "issuer_key_mismatch";
}
