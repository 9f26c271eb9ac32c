using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Tests.Sync;

public sealed class MoodleEvidenceSourceTests : IClassFixture<MoodleServerFixture>
{
    private readonly MoodleServerFixture _server;

    public MoodleEvidenceSourceTests(MoodleServerFixture server)
    {
        _server = server;
        _server.Reset();
    }

    [Fact]
    public async Task ReadSinceAsync_CapturedCourse_EssayAndQuizPassedHoldsForLearners3And4Only()
    {
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        Assert.Equal(["3", "4"], CapturedCourseCriteria.LearnersMeeting(records));
    }

    [Fact]
    public async Task ReadSinceAsync_Learner7_HasParticipationAndManualGradeButNoAssessmentOfEssayOrQuiz()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.LearnerId == "7").ToList();

        Assert.DoesNotContain(records, r => r.IsAssessment && (r.Activity == CapturedCourseCriteria.Essay || r.Activity == CapturedCourseCriteria.Quiz));
        Assert.Contains(records, r => r.Kind == EvidenceKind.Participation && r.Activity == ActivityKey.Parse("moodle:page:1"));
    }

    [Fact]
    public async Task ReadSinceAsync_GradebookEssay_MapsScoreWithMaxNameAndGradedTime()
    {
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        var essay = Assert.Single(records, r => r.LearnerId == "3" && r.Activity == CapturedCourseCriteria.Essay && r.Kind == EvidenceKind.Score && r.Attempt.Length == 0);
        Assert.Equal((92d, 100d), (essay.RawValue!.Value, essay.MaxValue!.Value));
        Assert.Equal("Essay: Why verifiable credentials matter", essay.ActivityName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795871792), essay.OccurredAt);
        Assert.Equal("moodle-lab", essay.Source);
    }

    [Fact]
    public async Task ReadSinceAsync_ManualGradeItemAndCourseTotal_MapToGradeItemAndCourseGradeKeys()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.LearnerId == "4").ToList();

        Assert.Equal(8d, Assert.Single(records, r => r.Activity == ActivityKey.Parse("moodle:gradeitem:4")).RawValue);
        Assert.Equal((96d, 120d), Assert.Single(records, r => r.Activity == ActivityKey.Parse("moodle:coursegrade:2")) is var total ? (total.RawValue!.Value, total.MaxValue!.Value) : default);
    }

    [Fact]
    public async Task ReadSinceAsync_QuizBestGradeBelowGradeToPass_IsFailedCompletion()
    {
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        var best = Assert.Single(records, r => r.LearnerId == "5" && r.Activity == CapturedCourseCriteria.Quiz && r.Attempt == "best");
        Assert.Equal(CompletionState.Failed, best.Completion);
        Assert.Equal("gradetopass:6", best.Detail);
    }

    [Fact]
    public async Task ReadSinceAsync_QuizAttempt_IsRescaledFromMarksToQuizGrade()
    {
        await using var host = new MoodleTestHost(_server);

        var records = await host.SyncRecordsAsync();

        var attempt = Assert.Single(records, r => r.LearnerId == "3" && r.Activity == CapturedCourseCriteria.Quiz && r.Attempt == "attempt-1");
        Assert.Equal((10d, 10d), (attempt.RawValue!.Value, attempt.MaxValue!.Value));
        Assert.Equal(EvidenceKind.Score, attempt.Kind);
    }

    [Fact]
    public async Task ReadSinceAsync_AssignGradesAndSubmissions_MapAttemptScoreAndParticipation()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.LearnerId == "6" && r.Activity == CapturedCourseCriteria.Essay).ToList();

        var graded = Assert.Single(records, r => r.Attempt == "attempt-0");
        Assert.Equal((40d, "2"), (graded.RawValue!.Value, graded.Assessor!));
        Assert.Equal(EvidenceKind.Participation, Assert.Single(records, r => r.Attempt == "submission-0").Kind);
    }

    [Fact]
    public async Task ReadSinceAsync_ActivityCompletionOfCapturedUser5_MapsPassFailAndViewParticipation()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.LearnerId == "5" && r.Attempt == "completion").ToList();

        Assert.Equal(CompletionState.Passed, Assert.Single(records, r => r.Activity == CapturedCourseCriteria.Essay).Completion);
        Assert.Equal(CompletionState.Failed, Assert.Single(records, r => r.Activity == CapturedCourseCriteria.Quiz).Completion);
        var page = Assert.Single(records, r => r.Activity == ActivityKey.Parse("moodle:page:1"));
        Assert.Equal((EvidenceKind.Participation, "completionview"), (page.Kind, page.Detail!));
    }

    [Fact]
    public async Task ReadSinceAsync_CourseCompletion_IsCompleteForCompletedLearnerOnly()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.Activity == ActivityKey.Parse("moodle:course:2")).ToList();

        Assert.Equal(["3", "4"], records.Where(r => r.Completion == CompletionState.Complete).Select(r => r.LearnerId).Order());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795871792), records.Single(r => r.LearnerId == "3").OccurredAt);
    }

    [Fact]
    public async Task ReadSinceAsync_Competencies_MapRatedLearnersToOutcomeMastery()
    {
        await using var host = new MoodleTestHost(_server);

        var records = (await host.SyncRecordsAsync()).Where(r => r.Kind == EvidenceKind.OutcomeMastery).ToList();

        Assert.Equal(4, records.Count); // learners 3 and 4 are rated on both competencies; the rest are unrated
        var rating = Assert.Single(records, r => r.LearnerId == "3" && r.Activity == ActivityKey.Parse("moodle:competency:1"));
        Assert.Equal((2d, 2d, "proficient", "LTI integration"), (rating.RawValue!.Value, rating.MaxValue!.Value, rating.Detail!, rating.ActivityName!));
    }

    [Fact]
    public async Task ReadSinceAsync_TeacherInRoster_GetsNoPerLearnerCalls()
    {
        await using var host = new MoodleTestHost(_server);

        await host.SyncRecordsAsync();

        Assert.Equal([3L, 4L, 5L, 6L, 7L], _server.Calls("core_completion_get_activities_completion_status").Select(c => c.UserId!.Value).Order());
    }

    [Fact]
    public async Task ReadSinceAsync_QuizGradeHiddenInGradebook_YieldsNoScoreAndNoPassFail()
    {
        var gradebook = MoodleFixtureFiles.CapturedNode("gradereport_user_get_grade_items");
        foreach (var item in gradebook["usergrades"]!.AsArray().SelectMany(u => u!["gradeitems"]!.AsArray()).Where(i => i!["itemmodule"]?.GetValue<string>() == "quiz"))
        {
            item!["gradeishidden"] = true;
        }

        _server.Site.Override("gradereport_user_get_grade_items", MoodleReply.Json(gradebook.ToJsonString()));
        await using var host = new MoodleTestHost(_server);

        var quiz = (await host.SyncRecordsAsync()).Where(r => r.Activity == CapturedCourseCriteria.Quiz).ToList();

        Assert.DoesNotContain(quiz, r => r.IsAssessment);
        Assert.Equal(CompletionState.Complete, quiz.Single(r => r.LearnerId == "5" && r.Attempt == "completion").Completion);
        Assert.Empty(_server.Calls("mod_quiz_get_user_attempts"));
    }
}
