using Insignia.Adapters.Moodle.Http;

namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>The features of the adapter; each degrades on its own when its functions are missing.</summary>
internal static class MoodleFeatures
{
    public static readonly MoodleFeature Catalog = new("catalog", "courses and their activities",
        [MoodleFunctions.GetCoursesByField, MoodleFunctions.GetContents]);

    public static readonly MoodleFeature Roster = new("roster", "who is enrolled (learners for per-learner calls)",
        [MoodleFunctions.GetEnrolledUsers]);

    public static readonly MoodleFeature Grades = new("grades", "gradebook scores",
        [MoodleFunctions.GetGradeItems]);

    public static readonly MoodleFeature Assignments = new("assignments", "assignment grades and submissions",
        [MoodleFunctions.GetAssignGrades, MoodleFunctions.GetAssignSubmissions]);

    public static readonly MoodleFeature QuizPassGrade = new("quiz_pass_grade", "quiz pass/fail against the grade to pass",
        [MoodleFunctions.GetQuizBestGrade]);

    public static readonly MoodleFeature QuizAttempts = new("quiz_attempts", "individual quiz attempts",
        [MoodleFunctions.GetQuizAttempts, MoodleFunctions.GetQuizzes]);

    public static readonly MoodleFeature ActivityCompletion = new("activity_completion", "activity completion states",
        [MoodleFunctions.GetActivitiesCompletion]);

    public static readonly MoodleFeature CourseCompletion = new("course_completion", "course completion",
        [MoodleFunctions.GetCourseCompletion]);

    public static readonly MoodleFeature Competencies = new("competencies", "competency proficiency",
        [MoodleFunctions.ListCourseCompetencies, MoodleFunctions.GetUserCompetencySummary]);

    public static readonly MoodleFeature MaxPoints = new("catalog_max_points", "maximum points of assignments and quizzes in the catalog",
        [MoodleFunctions.GetAssignments, MoodleFunctions.GetQuizzes]);

    public static IReadOnlyList<MoodleFeature> All { get; } =
        [Catalog, Roster, Grades, Assignments, QuizPassGrade, QuizAttempts, ActivityCompletion, CourseCompletion, Competencies, MaxPoints];
}
