namespace Insignia.Host.Registrar;

/// <summary>
/// One thing the reconciliation found out of step: <see cref="MissingEntry"/> (a credit-bearing credential without a
/// transcript entry), <see cref="NeedsWithdrawal"/> (in the SIS, but the credential was revoked),
/// <see cref="RevokedNotSynced"/> (waiting, but the credential was revoked: reject it) or <see cref="SyncFailed"/>.
/// </summary>
internal sealed record Discrepancy(string Kind, Guid CredentialId, string? LearnerSisId, string CredentialName, string? Detail)
{
    public const string MissingEntry = "missing_entry";
    public const string NeedsWithdrawal = "needs_withdrawal";
    public const string RevokedNotSynced = "revoked_not_synced";
    public const string SyncFailed = "sync_failed";
}
