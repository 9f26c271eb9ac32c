using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Insignia.Host.Evidence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Evidence;

/// <summary>Records whose time is only when a sync saw them (LTI AGS results) are not rewritten by an unchanged re-sync.</summary>
public sealed class EvidenceStoreObservedTimeTests : IDisposable
{
    private const string Source = "lti-observed";
    private const string Course = "ctx-observed";
    private static readonly DateTimeOffset FirstSync = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task UpsertPageAsync_SameScoreObservedLater_ChangesNothingAndKeepsTheFirstObservation()
    {
        await UpsertAsync(Score(8, FirstSync));

        var again = await UpsertAsync(Score(8, FirstSync.AddDays(2)));

        Assert.Equal((0, 0, 0), (again.Inserted, again.Updated, again.ChangedLearners.Count));
        Assert.Equal(FirstSync, (await StoredAsync()).OccurredAt);
    }

    [Fact]
    public async Task UpsertPageAsync_NewScoreObservedLater_UpdatesWithTheNewObservation()
    {
        await UpsertAsync(Score(8, FirstSync));

        var changed = await UpsertAsync(Score(9, FirstSync.AddDays(2)));

        Assert.Equal((0, 1), (changed.Inserted, changed.Updated));
        Assert.Equal(["u1"], changed.ChangedLearners);
        var stored = await StoredAsync();
        Assert.Equal((9.0, FirstSync.AddDays(2)), (stored.RawValue!.Value, stored.OccurredAt));
    }

    private static EvidenceRecord Score(double points, DateTimeOffset observed) => new()
    {
        Source = Source,
        LearnerId = "u1",
        Activity = new ActivityKey(PlatformKind.LtiAdvantage, "lineitem", "quiz-1"),
        Kind = EvidenceKind.Score,
        RawValue = points,
        MaxValue = 10,
        OccurredAt = observed,
        OccurredAtIsObservation = true,
    };

    private async Task<UpsertResult> UpsertAsync(EvidenceRecord record)
    {
        UpsertResult? result = null;
        await _app.WithScopeAsync(async sp => result = await sp.GetRequiredService<EvidenceStore>().UpsertPageAsync(Source, Course, [record], TestContext.Current.CancellationToken));
        return result!;
    }

    private async Task<EvidenceRecord> StoredAsync()
    {
        EvidenceRecord? stored = null;
        await _app.WithScopeAsync(async sp =>
        {
            var byLearner = await sp.GetRequiredService<EvidenceStore>().LoadForLearnersAsync(Source, Course, ["u1"], TestContext.Current.CancellationToken);
            stored = Assert.Single(byLearner["u1"]);
        });
        return stored!;
    }
}
