using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Tests.Mapping;

public sealed class CanvasModuleMapperTests
{
    private static readonly CanvasAssignmentIndex Assignments = new(CanvasPayloads.Read<List<CanvasAssignment>>(CanvasPayloads.Local("assignments.json")));
    private static readonly List<CanvasModule> Modules = CanvasPayloads.Read<List<CanvasModule>>(CanvasPayloads.ModulesWithItems());
    private static readonly CanvasStudentSubmissions Learner = CanvasPayloads.Read<List<CanvasStudentSubmissions>>(CanvasPayloads.Shared("students_submissions_grouped.json"))[0];

    [Fact]
    public void Map_MinScoreMet_IsPassedAssessedCompletion()
    {
        var record = Single("canvas:module-item:30012");

        Assert.Equal((EvidenceKind.Completion, CompletionState.Passed, true, "min_score:7"), (record.Kind, record.Completion!.Value, record.IsAssessment, record.Detail));
    }

    [Fact]
    public void Map_MustSubmitWithFinalGrade_IsPassed()
    {
        Assert.Equal(CompletionState.Passed, Single("canvas:module-item:30013").Completion);
    }

    [Fact]
    public void Map_MustSubmitWithoutGrade_IsCompleteButNotAssessed()
    {
        var ungraded = Learner with { Submissions = [.. Learner.Submissions.Where(s => s.AssignmentId != 4401)] };

        var record = Assert.Single(Map(ungraded), r => r.Activity.ToString() == "canvas:module-item:30013");

        Assert.Equal((CompletionState.Complete, false), (record.Completion!.Value, record.IsAssessment));
    }

    [Fact]
    public void Map_MustView_IsParticipation()
    {
        var record = Single("canvas:module-item:30011");

        Assert.Equal((EvidenceKind.Participation, false), (record.Kind, record.IsAssessment));
    }

    [Fact]
    public void Map_UnmetMarkDone_IsNotRecorded()
    {
        Assert.DoesNotContain(Map(Learner), r => r.Activity.ToString() == "canvas:module-item:30014");
    }

    [Fact]
    public void Map_MinScoreUnmetWithLowFinalGrade_IsFailed()
    {
        var modules = Modules.Select(m => m with { Items = m.Items?.Select(i => i.Id == 30012 ? i with { CompletionRequirement = i.CompletionRequirement! with { Completed = false } } : i).ToList() }).ToList();
        var learner = Learner with { Submissions = [.. Learner.Submissions.Select(s => s.AssignmentId == 4402 ? s with { Score = 5 } : s)] };

        var record = Assert.Single(CanvasModuleMapper.Map("canvas-test", learner.UserId, modules, learner.Submissions, Assignments), r => r.Activity.Id == "30012");

        Assert.Equal((CompletionState.Failed, 5.0), (record.Completion!.Value, record.RawValue!.Value));
    }

    [Fact]
    public void Map_MinScoreUnmetAndUngraded_IsNotRecorded()
    {
        var modules = Modules.Select(m => m with { Items = m.Items?.Select(i => i.Id == 30012 ? i with { CompletionRequirement = i.CompletionRequirement! with { Completed = false } } : i).ToList() }).ToList();
        var learner = Learner with { Submissions = [.. Learner.Submissions.Where(s => s.AssignmentId != 4402)] };

        Assert.DoesNotContain(CanvasModuleMapper.Map("canvas-test", learner.UserId, modules, learner.Submissions, Assignments), r => r.Activity.Id == "30012");
    }

    private static EvidenceRecord Single(string activity) => Assert.Single(Map(Learner), r => r.Activity.ToString() == activity);

    private static List<EvidenceRecord> Map(CanvasStudentSubmissions learner) =>
        [.. CanvasModuleMapper.Map("canvas-test", learner.UserId, Modules, learner.Submissions, Assignments)];
}
