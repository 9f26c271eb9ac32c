using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Issuer;

/// <summary>What an "Issue now" run stored: credentials issued, rows refused (no longer Met, guard, …) and rows that failed.</summary>
internal sealed record IssueNowResult(int Issued, int Refused, int Failed)
{
    public IssueNowResult Add(IEnumerable<IssuanceOutcome> stored)
    {
        var list = stored.ToList();
        return new IssueNowResult(
            Issued + list.Count(o => o.Credential is not null),
            Refused + list.Count(o => o.State == IssuanceState.Refused),
            Failed + list.Count(o => o.Credential is null && o.State != IssuanceState.Refused));
    }
}
