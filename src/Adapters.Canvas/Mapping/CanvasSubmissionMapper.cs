using System.Globalization;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>Maps a learner's submissions to score, pass/fail and rubric-level evidence.</summary>
internal static class CanvasSubmissionMapper
{
    public static IEnumerable<EvidenceRecord> Map(string source, CanvasStudentSubmissions learner, CanvasAssignmentIndex assignments)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(assignments);
        var learnerId = CanvasActivityKeys.Id(learner.UserId);
        foreach (var submission in learner.Submissions.OrderBy(s => s.AssignmentId))
        {
            if (CanvasGradeRules.Classify(submission) != CanvasGradeState.Final || submission.GradedAt is not { } gradedAt)
            {
                continue;
            }

            var assignment = assignments.Find(submission.AssignmentId);
            if (MapGrade(source, learnerId, submission, assignment, gradedAt) is { } grade)
            {
                yield return grade;
            }

            foreach (var rubric in MapRubric(source, learnerId, submission, assignment, gradedAt))
            {
                yield return rubric;
            }
        }
    }

    private static EvidenceRecord? MapGrade(string source, string learnerId, CanvasSubmission submission, CanvasAssignment? assignment, DateTimeOffset gradedAt)
    {
        var record = new EvidenceRecord
        {
            Source = source,
            LearnerId = learnerId,
            Activity = CanvasActivityKeys.Assignment(submission.AssignmentId),
            Kind = EvidenceKind.Score,
            ActivityName = assignment?.Name,
            RawValue = submission.Score,
            MaxValue = assignment?.PointsPossible,
            OccurredAt = gradedAt.ToUniversalTime(),
            Assessor = CanvasGradeRules.Assessor(submission.GraderId),
            Detail = Detail(submission, assignment),
        };

        return assignment?.GradingType switch
        {
            "not_graded" => null,

            // Complete/incomplete is a pass/fail judgement by a grader, so it is assessed completion, not a score.
            "pass_fail" => record with
            {
                Kind = EvidenceKind.Completion,
                Completion = submission.Grade == "complete" ? CompletionState.Passed : CompletionState.Failed,
            },
            _ when submission.Score is null => null,
            _ => record,
        };
    }

    private static IEnumerable<EvidenceRecord> MapRubric(string source, string learnerId, CanvasSubmission submission, CanvasAssignment? assignment, DateTimeOffset gradedAt)
    {
        if (submission.RubricAssessment is not { Count: > 0 } rubric)
        {
            yield break;
        }

        foreach (var (criterionId, entry) in rubric.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (entry.Points is not { } points)
            {
                continue; // a criterion left blank by the grader says nothing
            }

            var criterion = CanvasAssignmentIndex.CriterionName(assignment, criterionId);
            yield return new EvidenceRecord
            {
                Source = source,
                LearnerId = learnerId,
                Activity = CanvasActivityKeys.Rubric(submission.AssignmentId, criterionId),
                Kind = EvidenceKind.RubricLevel,
                ActivityName = assignment is null || criterion is null ? criterion : $"{assignment.Name}: {criterion}",
                RawValue = points,
                MaxValue = CanvasAssignmentIndex.CriterionPoints(assignment, criterionId),
                OccurredAt = gradedAt.ToUniversalTime(),
                Assessor = CanvasGradeRules.Assessor(submission.GraderId),
                Detail = entry.RatingId is { Length: > 0 } rating ? $"rating:{rating}" : null,
            };
        }
    }

    private static string? Detail(CanvasSubmission submission, CanvasAssignment? assignment)
    {
        List<string> parts = [];
        if (assignment is not null && CanvasAssignmentIndex.IsNewQuiz(assignment))
        {
            parts.Add("new_quizzes");
        }

        if (submission.PointsDeducted is > 0 and var deducted)
        {
            parts.Add($"late_penalty:{deducted.ToString("R", CultureInfo.InvariantCulture)}");
        }

        if (submission.LatePolicyStatus is { Length: > 0 } policy)
        {
            parts.Add($"late_policy:{policy}");
        }

        return parts.Count == 0 ? null : string.Join(';', parts);
    }
}
