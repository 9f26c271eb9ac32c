using Insignia.Core.Proofs;

namespace Insignia.Core.Status;

/// <summary>What a credential's status entries said.</summary>
/// <param name="Checked"><see langword="true"/> when at least one status entry was read from a verified list.</param>
/// <param name="Revoked"><see langword="true"/> when a revocation entry is set.</param>
/// <param name="Suspended"><see langword="true"/> when a suspension entry is set.</param>
/// <param name="Errors">
/// Revocation, suspension, or a status list that exists but cannot be trusted (bad proof, wrong purpose, index out of
/// range); a credential with such errors must not count as verified.
/// </param>
/// <param name="Unchecked">Entries whose list could not be loaded (e.g. offline): not a failure, but not checked either.</param>
internal sealed record StatusCheckResult(bool Checked, bool Revoked, bool Suspended, IReadOnlyList<VerificationError> Errors, IReadOnlyList<string> Unchecked)
{
    public static StatusCheckResult NoStatus { get; } = new(false, false, false, [], []);
}
