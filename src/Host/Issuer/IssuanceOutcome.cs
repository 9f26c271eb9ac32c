using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Issuer;

/// <summary>What happened to one outbox row: a credential to store, or a reason it was not issued.</summary>
internal sealed record IssuanceOutcome(IssuanceOutboxEntity Row, CredentialEntity? Credential, IssuanceState State, string? Error)
{
    public static IssuanceOutcome Issued(IssuanceOutboxEntity row, CredentialEntity credential) => new(row, credential, IssuanceState.Done, null);

    public static IssuanceOutcome Refused(IssuanceOutboxEntity row, string error) => new(row, null, IssuanceState.Refused, Fit(error));

    public static IssuanceOutcome Failed(IssuanceOutboxEntity row, string error) => new(row, null, IssuanceState.Failed, Fit(error));

    /// <summary>The LastError column holds 500 characters.</summary>
    private static string Fit(string error) => error.Length <= 500 ? error : error[..497] + "...";
}
