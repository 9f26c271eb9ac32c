using Insignia.Adapters.Canvas.Contracts;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>Decides which submissions carry a usable grade.</summary>
internal static class CanvasGradeRules
{
    /// <summary>Classifies a submission's grade.</summary>
    /// <remarks>
    /// Only a final grade is evidence. An excused submission is exempt: recording 0 would fail the learner and
    /// recording full marks would pass them, and neither was assessed. A grade with <c>posted_at</c> null is
    /// hidden from the learner (manual posting policy) and can still change before release, so issuing on it
    /// would act on a grade the learner has not been given. A missing submission without a grade is the absence
    /// of work, not a score of zero; when a late policy did assign a grade for it, that grade is final and used.
    /// <c>pending_review</c> means a person still has to grade part of it.
    /// </remarks>
    public static CanvasGradeState Classify(CanvasSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Excused == true)
        {
            return CanvasGradeState.Excused;
        }

        if (submission.WorkflowState == "pending_review")
        {
            return CanvasGradeState.PendingReview;
        }

        if (submission.WorkflowState != "graded" || (submission.Score is null && submission.Grade is null))
        {
            return submission.Missing ? CanvasGradeState.Missing : CanvasGradeState.NotGraded;
        }

        return submission.PostedAt is null ? CanvasGradeState.Unposted : CanvasGradeState.Final;
    }

    /// <summary>Names who graded: a Canvas user, or an LTI tool (negative <c>grader_id</c> = minus the tool id, e.g. New Quizzes via AGS).</summary>
    public static string? Assessor(long? graderId) => graderId switch
    {
        null or 0 => null,
        < 0 => $"lti-tool:{CanvasActivityKeys.Id(-graderId.Value)}",
        _ => $"user:{CanvasActivityKeys.Id(graderId.Value)}",
    };
}
