using System.Globalization;
using Insignia.Adapters.Canvas.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>
/// Maps one learner's module item requirements. <c>min_score</c>, and <c>must_submit</c> once the submission
/// has a final grade, are assessed: Passed or Failed. A <c>must_submit</c> met without a grade yet is a plain,
/// non-assessed completion. <c>must_view</c>, <c>must_mark_done</c> and <c>must_contribute</c> are participation:
/// a rule may never issue on them alone.
/// </summary>
internal static class CanvasModuleMapper
{
    public static IEnumerable<EvidenceRecord> Map(
        string source,
        long learnerId,
        IEnumerable<CanvasModule> modules,
        IReadOnlyList<CanvasSubmission> submissions,
        CanvasAssignmentIndex assignments)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(assignments);
        var byAssignment = submissions.GroupBy(s => s.AssignmentId).ToDictionary(g => g.Key, g => g.First());
        foreach (var module in modules)
        {
            foreach (var item in module.Items ?? [])
            {
                if (item.CompletionRequirement is not { Completed: { } completed } requirement)
                {
                    continue;
                }

                var submission = AssignmentIdOf(item, assignments) is { } assignmentId ? byAssignment.GetValueOrDefault(assignmentId) : null;
                var graded = submission is not null && CanvasGradeRules.Classify(submission) == CanvasGradeState.Final ? submission : null;
                var mapped = requirement.Type switch
                {
                    "min_score" => MinScore(requirement, completed, graded, module),
                    "must_submit" => MustSubmit(completed, submission, graded, module),
                    "must_view" or "must_mark_done" or "must_contribute" when completed && module.CompletedAt is { } at =>
                        (EvidenceKind.Participation, (CompletionState?)null, at),
                    _ => ((EvidenceKind, CompletionState?, DateTimeOffset)?)null,
                };

                if (mapped is var (kind, state, occurredAt))
                {
                    yield return new EvidenceRecord
                    {
                        Source = source,
                        LearnerId = CanvasActivityKeys.Id(learnerId),
                        Activity = CanvasActivityKeys.ModuleItem(item.Id),
                        Kind = kind,
                        Completion = state,
                        ActivityName = item.Title,
                        RawValue = kind == EvidenceKind.Participation ? null : graded?.Score,
                        MaxValue = kind == EvidenceKind.Participation ? null : AssignmentIdOf(item, assignments) is { } id ? assignments.Find(id)?.PointsPossible : null,
                        OccurredAt = occurredAt.ToUniversalTime(),
                        Assessor = graded is null ? null : CanvasGradeRules.Assessor(graded.GraderId),
                        Detail = requirement.MinScore is { } min
                            ? $"{requirement.Type}:{min.ToString("R", CultureInfo.InvariantCulture)}"
                            : requirement.Type,
                    };
                }
            }
        }
    }

    private static (EvidenceKind, CompletionState?, DateTimeOffset)? MinScore(
        CanvasCompletionRequirement requirement, bool completed, CanvasSubmission? graded, CanvasModule module)
    {
        // Only a graded score can meet min_score, so a met requirement is a pass. Unmet is a fail only when a final
        // grade below the minimum exists; otherwise the learner simply has not been graded yet.
        if (completed)
        {
            return (graded?.GradedAt ?? module.CompletedAt) is { } at ? (EvidenceKind.Completion, CompletionState.Passed, at) : null;
        }

        return graded is { Score: { } score, GradedAt: { } gradedAt } && requirement.MinScore is { } min && score < min
            ? (EvidenceKind.Completion, CompletionState.Failed, gradedAt)
            : null;
    }

    private static (EvidenceKind, CompletionState?, DateTimeOffset)? MustSubmit(
        bool completed, CanvasSubmission? submission, CanvasSubmission? graded, CanvasModule module)
    {
        if (!completed)
        {
            return null;
        }

        if (graded is { GradedAt: { } gradedAt })
        {
            var failed = graded.Grade == "incomplete";
            return (EvidenceKind.Completion, failed ? CompletionState.Failed : CompletionState.Passed, gradedAt);
        }

        return (submission?.SubmittedAt ?? module.CompletedAt) is { } at ? (EvidenceKind.Completion, CompletionState.Complete, at) : null;
    }

    private static long? AssignmentIdOf(CanvasModuleItem item, CanvasAssignmentIndex assignments) => item.Type switch
    {
        "Assignment" => item.ContentId,
        "Quiz" when item.ContentId is { } quizId => assignments.All.FirstOrDefault(a => a.QuizId == quizId)?.Id,
        _ => null,
    };
}
