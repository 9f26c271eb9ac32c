using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Core.Tests.Evidence;

public sealed class EvidenceContentHashTests
{
    private static readonly DateTimeOffset First = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_TimeGivenBySource_ChangesWithTheTime()
    {
        var record = Score(8, observed: false);

        Assert.NotEqual(EvidenceContentHash.Compute(record), EvidenceContentHash.Compute(record with { OccurredAt = First.AddHours(1) }));
    }

    [Fact]
    public void Compute_TimeOnlyObservedBySync_IgnoresTheTime()
    {
        var record = Score(8, observed: true);

        Assert.Equal(EvidenceContentHash.Compute(record), EvidenceContentHash.Compute(record with { OccurredAt = First.AddDays(3) }));
    }

    [Fact]
    public void Compute_TimeOnlyObservedBySync_StillChangesWithTheValue()
    {
        Assert.NotEqual(EvidenceContentHash.Compute(Score(8, observed: true)), EvidenceContentHash.Compute(Score(9, observed: true)));
    }

    private static EvidenceRecord Score(double points, bool observed) => new()
    {
        Source = "canvas-lti",
        LearnerId = "u1",
        Activity = new ActivityKey(PlatformKind.LtiAdvantage, "lineitem", "quiz-1"),
        Kind = EvidenceKind.Score,
        RawValue = points,
        MaxValue = 10,
        OccurredAt = First,
        OccurredAtIsObservation = observed,
    };
}
