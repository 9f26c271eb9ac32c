namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>Whether a Canvas submission carries a grade that may be used as evidence, and if not, why.</summary>
internal enum CanvasGradeState
{
    /// <summary>Graded, posted to the learner, not excused: evidence.</summary>
    Final = 0,

    /// <summary>Graded but <c>posted_at</c> is null: hidden from the learner and may still change.</summary>
    Unposted = 1,

    /// <summary>The learner was exempted: there is no score to judge, in either direction.</summary>
    Excused = 2,

    /// <summary>Nothing was handed in and no grade was given: an absence, not a score.</summary>
    Missing = 3,

    /// <summary>Submitted or unsubmitted but not graded yet.</summary>
    NotGraded = 4,

    /// <summary>Waiting for manual grading (for example a quiz with essay questions).</summary>
    PendingReview = 5,
}
