using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Tests.Mapping;

public sealed class CanvasOutcomeMapperTests
{
    [Fact]
    public void MapResults_EachResult_IsMasteryWithTheAlignmentAsAttempt()
    {
        var results = CanvasOutcomeMapper.MapResults("canvas-test", CanvasPayloads.Read<CanvasOutcomeResultList>(CanvasPayloads.Shared("outcome_results.json"))).ToList();

        Assert.Equal(
            [("5501", "canvas:outcome:57", "assignment_4401", 3.0, "mastery"), ("5501", "canvas:outcome:58", "assignment_4402", 4.0, "mastery"), ("5502", "canvas:outcome:57", "assignment_4401", 2.0, "below_mastery")],
            results.Select(r => (r.LearnerId, r.Activity.ToString(), r.Attempt, r.RawValue!.Value, r.Detail!)));
        Assert.All(results, r => Assert.Equal((EvidenceKind.OutcomeMastery, (double?)5.0), (r.Kind, r.MaxValue)));
    }

    [Fact]
    public void MapRollups_WithLinkedOutcomes_UsesMasteryPointsAndTopLevel()
    {
        var page = CanvasPayloads.Read<CanvasOutcomeRollupList>(CanvasPayloads.Shared("outcome_rollups.json")) with
        {
            Linked = new CanvasRollupLinked { Outcomes = [new CanvasOutcome { Id = "57", Title = "Diseña interfaces accesibles", PointsPossible = 5, MasteryPoints = 3 }] },
        };

        var rollups = CanvasOutcomeMapper.MapRollups("canvas-test", page).Where(r => r.Activity.Id == "57").ToList();

        Assert.Equal([("5501", 3.0, "mastery"), ("5502", 2.0, "below_mastery")], rollups.Select(r => (r.LearnerId, r.RawValue!.Value, r.Detail!)));
        Assert.All(rollups, r => Assert.Equal((string.Empty, (double?)5.0, "Diseña interfaces accesibles"), (r.Attempt, r.MaxValue, r.ActivityName)));
    }

    [Fact]
    public void MapRollups_WithoutLinkedOutcomes_LeavesMaximumAndMasteryUnknown()
    {
        var rollups = CanvasOutcomeMapper.MapRollups("canvas-test", CanvasPayloads.Read<CanvasOutcomeRollupList>(CanvasPayloads.Shared("outcome_rollups.json"))).ToList();

        Assert.Equal(3, rollups.Count);
        Assert.All(rollups, r => Assert.Equal(((double?)null, (string?)null), (r.MaxValue, r.Detail)));
    }
}
