namespace Insignia.Adapters.Canvas.Sync;

/// <summary>The steps of a Canvas evidence sync, in the order they run.</summary>
internal enum CanvasSyncPhase
{
    /// <summary>Bulk submissions (scores, pass/fail, rubric levels) and, per learner of each page, module requirements.</summary>
    Submissions = 0,

    /// <summary>Classic quiz submissions, quiz by quiz.</summary>
    Quizzes = 1,

    /// <summary>Outcome results (per alignment).</summary>
    OutcomeResults = 2,

    /// <summary>Outcome rollups (course-level mastery).</summary>
    OutcomeRollups = 3,

    /// <summary>Final course scores from student enrollments.</summary>
    CourseGrades = 4,

    /// <summary>Course progress (all module requirements met).</summary>
    Progress = 5,
}
