namespace Insignia.Core.Proofs;

/// <summary>What a new Data Integrity proof states about itself.</summary>
/// <param name="VerificationMethod">The URL (did:key, did:web or https) of the public key that verifies the proof.</param>
/// <param name="Created">When the proof was made; written to the second, in UTC.</param>
internal sealed record DataIntegrityProofOptions(string VerificationMethod, DateTimeOffset Created)
{
    public string ProofPurpose { get; init; } = DataIntegrityConstants.AssertionMethod;

    /// <summary>Gets a value indicating whether <c>proof</c> is written as an array (the OB 3.0 JSON schema's shape).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ProofAsArray { get; init; } = true;
}
