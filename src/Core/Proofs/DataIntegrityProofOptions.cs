namespace Insignia.Core.Proofs;

/// <summary>What a new Data Integrity proof states about itself.</summary>
/// <param name="VerificationMethod">The URL (did:key, did:web or https) of the public key that verifies the proof.</param>
/// <param name="Created">When the proof was made; written to the second, in UTC.</param>
internal sealed record DataIntegrityProofOptions(string VerificationMethod, DateTimeOffset Created)
{
    public string ProofPurpose { get; init; } = DataIntegrityConstants.AssertionMethod;

    /// <summary>Gets the proof's own id (a URL or <c>urn:uuid:</c>), needed for another proof to chain onto it.</summary>
    /// <value>Defaults to none.</value>
    public string? Id { get; init; }

    /// <summary>Gets the ids of earlier proofs in the document that this proof signs over (a proof chain).</summary>
    /// <value>Defaults to none (a proof set).</value>
    public IReadOnlyList<string> PreviousProof { get; init; } = [];

    /// <summary>Gets a value indicating whether <c>proof</c> is written as an array (the OB 3.0 JSON schema's shape).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool ProofAsArray { get; init; } = true;
}
