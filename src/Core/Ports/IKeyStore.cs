namespace Insignia.Core.Ports;

/// <summary>
/// Keeps signing keys encrypted at rest. Each owner (an issuer, or the LTI tool) has one active key per
/// algorithm; rotation retires it but keeps its public half published so earlier signatures still verify.
/// </summary>
public interface IKeyStore
{
    /// <summary>Returns the owner's active key for an algorithm, generating one the first time.</summary>
    /// <param name="owner">The key owner, e.g. an issuer id or <c>lti-tool</c>.</param>
    /// <param name="algorithm">The key type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The active key pair.</returns>
    /// <exception cref="KeyStoreException">A stored key cannot be decrypted (wrong or lost protection keys).</exception>
    ValueTask<SigningKeyPair> GetActiveKeyAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken);

    /// <summary>Lists every public key of the owner, active and retired.</summary>
    /// <param name="owner">The key owner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The public keys, newest first.</returns>
    ValueTask<IReadOnlyList<PublicSigningKey>> ListPublicKeysAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Generates a new active key and retires the previous one (which stays published).</summary>
    /// <param name="owner">The key owner.</param>
    /// <param name="algorithm">The key type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key's public half.</returns>
    ValueTask<PublicSigningKey> RotateAsync(string owner, SigningAlgorithm algorithm, CancellationToken cancellationToken);
}
