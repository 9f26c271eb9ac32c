using System.Text.Json;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Tests.Mapping;

/// <summary>Pure mapping of the moodle-docs bodies (cases the real captures lack), without HTTP.</summary>
public sealed class MoodleDocsFixtureMappingTests
{
    [Fact]
    public void MapActivity_ManualTrackingStateZero_IsParticipationNotDone()
    {
        var forum = Statuses().Single(s => s.Modname == "forum");

        var record = CompletionMapper.MapActivity("docs", 5501, forum, "Foro");

        Assert.Equal((EvidenceKind.Participation, "manual", 0d, false), (record!.Kind, record.Detail!, record.RawValue!.Value, record.IsAssessment));
    }

    [Fact]
    public void MapActivity_SubmitAndUseGradeComplete_IsCompletionCompleteButNotAssessment()
    {
        var assign = Statuses().Single(s => s.Modname == "assign");

        var record = CompletionMapper.MapActivity("docs", 5501, assign, "Proyecto final");

        Assert.Equal((EvidenceKind.Completion, CompletionState.Complete, "completionsubmit+completionusegrade"), (record!.Kind, record.Completion!.Value, record.Detail!));
        Assert.False(record.IsAssessment);
    }

    [Fact]
    public void MapActivity_PassGradeState2_IsAssessedPassedCompletion()
    {
        var quiz = Statuses().Single(s => s.Modname == "quiz");

        var record = CompletionMapper.MapActivity("docs", 5501, quiz, "Examen parcial 1");

        Assert.Equal((CompletionState.Passed, true, "moodle:quiz:612"), (record!.Completion!.Value, record.IsAssessment, record.Activity.ToString()));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1714500000), record.OccurredAt);
    }

    [Fact]
    public void MapCourse_WithCourseGradeCriterion_RecordsCriteriaTypesAndLatestTime()
    {
        var status = Read("core_completion_get_course_completion_status", MoodleJsonContext.Default.CourseCompletionResponse).Completionstatus!;

        var record = CompletionMapper.MapCourse("docs", 5501, 101, status, "Programación Web");

        Assert.Equal(("criteria:4+6", DateTimeOffset.FromUnixTimeSeconds(1715786400)), (record.Detail!, record.OccurredAt));
    }

    [Fact]
    public void MapGrades_DocsGrades_KeepsGraderAndSkipsNothingWithoutGradebook()
    {
        var grades = Read("mod_assign_get_grades", MoodleJsonContext.Default.AssignGradesResponse);

        var records = AssignMapper.MapGrades("docs", grades, null, GradebookIndex.Empty, _ => null).ToList();

        Assert.Equal([(88d, "310"), (64d, "310")], records.Select(r => (r.RawValue!.Value, r.Assessor!)));
    }

    [Theory]
    [InlineData("-1.00000", null)]
    [InlineData("88.00000", 88d)]
    [InlineData("0.00000", 0d)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ParseGrade_MoodleStrings_MinusOneMeansNoGrade(string? text, double? expected) =>
        Assert.Equal(expected, AssignMapper.ParseGrade(text));

    [Fact]
    public void MapGrades_UnreleasedMarkingWorkflowState_IsNotEvidence()
    {
        var grades = Read("mod_assign_get_grades", MoodleJsonContext.Default.AssignGradesResponse);
        var submissions = JsonSerializer.Deserialize(
            MoodleFixtureFiles.Docs("mod_assign_get_submissions").Replace("\"gradingstatus\": \"graded\"", "\"gradingstatus\": \"inmarking\"", StringComparison.Ordinal),
            MoodleJsonContext.Default.AssignSubmissionsResponse)!;

        var records = AssignMapper.MapGrades("docs", grades, submissions, GradebookIndex.Empty, _ => null).ToList();

        Assert.Empty(records);
    }

    [Fact]
    public void Map_GradebookItemHiddenFromLearner_IsNotEvidence()
    {
        var report = Read("gradereport_user_get_grade_items", MoodleJsonContext.Default.GradeReportResponse);
        var hidden = report with
        {
            Usergrades = [report.Usergrades[0] with { Gradeitems = [.. report.Usergrades[0].Gradeitems.Select(i => i.Itemmodule == "quiz" ? i with { Gradeishidden = true } : i)] }],
        };

        var records = GradebookMapper.Map("docs", 101, GradebookIndex.From(101, hidden)).ToList();

        Assert.Equal(["moodle:assign:733", "moodle:coursegrade:101"], records.Select(r => r.Activity.ToString()));
    }

    [Fact]
    public void Map_CompetencySummary_IsOutcomeMasteryOnScale()
    {
        var summary = Read("tool_lp_data_for_user_competency_summary_in_course", MoodleJsonContext.Default.CompetencySummaryResponse);

        var record = CompetencyMapper.Map("docs", summary, null)!;

        Assert.Equal(("moodle:competency:57", 2d, 2d, "proficient", "310"), (record.Activity.ToString(), record.RawValue!.Value, record.MaxValue!.Value, record.Detail!, record.Assessor!));
    }

    [Fact]
    public void Attempts_TwoFinishedAttemptsWithoutQuizSettings_KeepRawMarks()
    {
        var attempts = Read("mod_quiz_get_user_attempts", MoodleJsonContext.Default.QuizAttemptsResponse);

        var records = QuizMapper.Attempts("docs", attempts, null, "Examen parcial 1").ToList();

        Assert.Equal([("attempt-1", 6d), ("attempt-2", 8.5d)], records.Select(r => (r.Attempt, r.RawValue!.Value)));
        Assert.All(records, r => Assert.Null(r.MaxValue));
    }

    private static IReadOnlyList<ActivityCompletionStatus> Statuses() =>
        Read("core_completion_get_activities_completion_status", MoodleJsonContext.Default.ActivitiesCompletionResponse).Statuses;

    private static T Read<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(MoodleFixtureFiles.Docs(name), type)!;
}
