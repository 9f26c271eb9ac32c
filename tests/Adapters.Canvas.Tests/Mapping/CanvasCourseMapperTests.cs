using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Adapters.Canvas.Tests.Infrastructure;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Tests.Mapping;

public sealed class CanvasCourseMapperTests
{
    [Fact]
    public void MapFinalScores_StudentEnrollments_UseFinalNotCurrentScore()
    {
        var enrollments = CanvasPayloads.Read<List<CanvasEnrollment>>(CanvasPayloads.Shared("enrollments_with_grades.json"));

        var scores = CanvasCourseMapper.MapFinalScores("canvas-test", "101", enrollments).ToList();

        Assert.Equal([("5501", 84.3, "final_grade:B"), ("5502", 42.7, "final_grade:F")], scores.Select(s => (s.LearnerId, s.RawValue!.Value, s.Detail!)));
        Assert.All(scores, s => Assert.Equal(("canvas:course-grade:101", (double?)100), (s.Activity.ToString(), s.MaxValue)));
    }

    [Fact]
    public void MapFinalScores_TeacherEnrollment_IsSkipped()
    {
        var teacher = new CanvasEnrollment { UserId = 310, Type = "TeacherEnrollment", UpdatedAt = DateTimeOffset.UnixEpoch, Grades = new CanvasGrades { FinalScore = 100 } };

        Assert.Empty(CanvasCourseMapper.MapFinalScores("canvas-test", "101", [teacher]));
    }

    [Fact]
    public void MapFinalScores_LearnerInTwoSections_OneRecord()
    {
        var enrollment = CanvasPayloads.Read<List<CanvasEnrollment>>(CanvasPayloads.Shared("enrollments_with_grades.json"))[0];

        var scores = CanvasCourseMapper.MapFinalScores("canvas-test", "101", [enrollment, enrollment with { Id = 9999 }]);

        Assert.Single(scores);
    }

    [Fact]
    public void MapProgress_OnlyCompletedLearners_AreNonAssessedCompletions()
    {
        var progress = CanvasPayloads.Read<List<CanvasUserProgress>>(CanvasPayloads.Local("bulk_user_progress.json"));

        var record = Assert.Single(CanvasCourseMapper.MapProgress("canvas-test", "101", progress));

        Assert.Equal(("5501", CompletionState.Complete, false, 7.0), (record.LearnerId, record.Completion!.Value, record.IsAssessment, record.MaxValue!.Value));
        Assert.Equal(EvidenceKind.Completion, record.Kind);
    }
}
