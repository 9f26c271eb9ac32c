using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Tests.Mapping;

public sealed class CanvasSubmissionMapperTests
{
    private static readonly CanvasAssignmentIndex Assignments = new(CanvasPayloads.Read<List<CanvasAssignment>>(CanvasPayloads.Local("assignments.json")));
    private static readonly List<CanvasStudentSubmissions> Grouped = CanvasPayloads.Read<List<CanvasStudentSubmissions>>(CanvasPayloads.Shared("students_submissions_grouped.json"));

    [Fact]
    public void Map_GradedPostedSubmission_IsScoreOutOfPointsPossible()
    {
        var records = Map(Grouped[0]);

        var score = Assert.Single(records, r => r.Activity.ToString() == "canvas:assignment:4401");
        Assert.Equal((EvidenceKind.Score, 88.0, 100.0, "user:310"), (score.Kind, score.RawValue!.Value, score.MaxValue!.Value, score.Assessor));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 16, 20, 5, TimeSpan.Zero), score.OccurredAt);
    }

    [Fact]
    public void Map_NewQuizGradedThroughAgs_NamesTheLtiToolAsAssessor()
    {
        var quiz = Assert.Single(Map(Grouped[0]), r => r.Activity.ToString() == "canvas:assignment:4402");

        Assert.Equal(("lti-tool:77", "new_quizzes", 9.5, 10.0), (quiz.Assessor, quiz.Detail, quiz.RawValue!.Value, quiz.MaxValue!.Value));
    }

    [Fact]
    public void Map_MissingSubmissionWithoutGrade_IsNotEvidence()
    {
        Assert.DoesNotContain(Map(Grouped[0]), r => r.Activity.ToString() == "canvas:assignment:4403");
    }

    [Fact]
    public void Map_ExcusedSubmission_IsNotEvidence()
    {
        Assert.DoesNotContain(Map(Grouped[1]), r => r.Activity.ToString() == "canvas:assignment:4402");
    }

    [Fact]
    public void Map_LatePenalty_UsesTheScoreAfterPenalty()
    {
        var late = Assert.Single(Map(Grouped[1]), r => r.Activity.ToString() == "canvas:assignment:4401");

        Assert.Equal((64.0, "late_penalty:5"), (late.RawValue!.Value, late.Detail));
    }

    [Fact]
    public void Map_UnpostedGrade_IsNotEvidence()
    {
        var learner = Grouped[0] with { Submissions = [Grouped[0].Submissions[0] with { PostedAt = null }] };

        Assert.Empty(Map(learner));
    }

    [Fact]
    public void Map_PendingReview_IsNotEvidence()
    {
        var learner = Grouped[0] with { Submissions = [Grouped[0].Submissions[0] with { WorkflowState = "pending_review" }] };

        Assert.Empty(Map(learner));
    }

    [Theory]
    [InlineData("complete", CompletionState.Passed)]
    [InlineData("incomplete", CompletionState.Failed)]
    public void Map_PassFailAssignment_IsAssessedCompletion(string grade, CompletionState expected)
    {
        var assignments = new CanvasAssignmentIndex([new CanvasAssignment { Id = 4401, Name = "Práctica", GradingType = "pass_fail", PointsPossible = 10 }]);
        var learner = Grouped[0] with { Submissions = [Grouped[0].Submissions[0] with { Grade = grade, Score = grade == "complete" ? 10 : 0 }] };

        var record = Assert.Single(CanvasSubmissionMapper.Map("canvas-test", learner, assignments));

        Assert.Equal((EvidenceKind.Completion, expected, true), (record.Kind, record.Completion!.Value, record.IsAssessment));
    }

    [Fact]
    public void Map_RubricCriterionLeftBlank_IsSkipped()
    {
        var rubric = new Dictionary<string, CanvasRubricAssessmentEntry> { ["_1001"] = new() { Points = 4 }, ["_1002"] = new() { Points = null } };
        var learner = Grouped[0] with { Submissions = [Grouped[0].Submissions[0] with { RubricAssessment = rubric }] };

        var levels = Map(learner).Where(r => r.Kind == EvidenceKind.RubricLevel);

        Assert.Equal(["canvas:rubric:4401#_1001"], levels.Select(r => r.Activity.ToString()));
    }

    [Fact]
    public void Map_SamePayloadTwice_GivesEqualContentHashes()
    {
        var first = Map(Grouped[1]).Select(EvidenceContentHash.Compute);
        var again = Map(CanvasPayloads.Read<List<CanvasStudentSubmissions>>(CanvasPayloads.Shared("students_submissions_grouped.json"))[1]).Select(EvidenceContentHash.Compute);

        Assert.Equal(first, again);
    }

    private static List<EvidenceRecord> Map(CanvasStudentSubmissions learner) => [.. CanvasSubmissionMapper.Map("canvas-test", learner, Assignments)];
}
