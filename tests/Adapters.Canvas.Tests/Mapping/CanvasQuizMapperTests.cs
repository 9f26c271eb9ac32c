using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Adapters.Canvas.Tests.Infrastructure;

namespace Insignia.Adapters.Canvas.Tests.Mapping;

public sealed class CanvasQuizMapperTests
{
    private static readonly CanvasQuizSubmissionList Page = CanvasPayloads.Read<CanvasQuizSubmissionList>(CanvasPayloads.Shared("quiz_submissions_classic.json"));

    [Fact]
    public void Map_CompleteAttempt_IsTheKeptScore()
    {
        var record = Assert.Single(CanvasQuizMapper.Map("canvas-test", Page, "Quiz diagnóstico"));

        Assert.Equal(("canvas:quiz:812", "5501", 18.0, 20.0, "attempts:2"), (record.Activity.ToString(), record.LearnerId, record.RawValue!.Value, record.MaxValue!.Value, record.Detail!));
    }

    [Fact]
    public void Map_AttemptAwaitingManualGrading_IsNotEvidence()
    {
        var page = Page with { QuizSubmissions = [Page.QuizSubmissions[0] with { WorkflowState = "pending_review" }] };

        Assert.Empty(CanvasQuizMapper.Map("canvas-test", page, null));
    }

    [Fact]
    public void Map_BackingSubmissionNotPosted_IsNotEvidence()
    {
        var hidden = new CanvasSubmission { Id = 7493110, AssignmentId = 4404, UserId = 5501, WorkflowState = "graded", Score = 18, GradedAt = Page.QuizSubmissions[0].FinishedAt, PostedAt = null };

        Assert.Empty(CanvasQuizMapper.Map("canvas-test", Page with { Submissions = [hidden] }, null));
    }
}
