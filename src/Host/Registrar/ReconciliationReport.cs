using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Registrar;

/// <summary>Issued credit-bearing credentials against transcript entries and the SIS, with what does not match.</summary>
internal sealed record ReconciliationReport(
    int IssuedCreditBearing,
    int Entries,
    IReadOnlyDictionary<TranscriptEntryState, int> ByState,
    decimal SyncedCredits,
    int RevokedButSynced,
    IReadOnlyList<Discrepancy> Discrepancies)
{
    public int Count(TranscriptEntryState state) => ByState.GetValueOrDefault(state);
}
