namespace Insignia.Core.Proofs;

/// <summary>Names from W3C VC Data Integrity and vc-di-eddsa.</summary>
internal static class DataIntegrityConstants
{
    public const string ProofProperty = "proof";
    public const string ContextProperty = "@context";
    public const string DataIntegrityProofType = "DataIntegrityProof";
    public const string Ed25519Signature2020Type = "Ed25519Signature2020";
    public const string EddsaRdfc2022 = "eddsa-rdfc-2022";
    public const string AssertionMethod = "assertionMethod";
    public const string ProofValue = "proofValue";
    public const string PreviousProof = "previousProof";

    /// <summary>XML Schema dateTime in UTC to the second, the form the test vectors and OB 3.0 examples use.</summary>
    public const string CreatedFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
}
