namespace Insignia.Adapters.Moodle.Http;

/// <summary>The web service functions the adapter calls.</summary>
internal static class MoodleFunctions
{
    public const string GetSiteInfo = "core_webservice_get_site_info";
    public const string GetCoursesByField = "core_course_get_courses_by_field";
    public const string GetContents = "core_course_get_contents";
    public const string GetEnrolledUsers = "core_enrol_get_enrolled_users";
    public const string GetGradeItems = "gradereport_user_get_grade_items";
    public const string GetAssignGrades = "mod_assign_get_grades";
    public const string GetAssignSubmissions = "mod_assign_get_submissions";
    public const string GetAssignments = "mod_assign_get_assignments";
    public const string GetQuizzes = "mod_quiz_get_quizzes_by_courses";
    public const string GetQuizAttempts = "mod_quiz_get_user_attempts";
    public const string GetQuizBestGrade = "mod_quiz_get_user_best_grade";
    public const string GetActivitiesCompletion = "core_completion_get_activities_completion_status";
    public const string GetCourseCompletion = "core_completion_get_course_completion_status";
    public const string ListCourseCompetencies = "core_competency_list_course_competencies";
    public const string GetUserCompetencySummary = "tool_lp_data_for_user_competency_summary_in_course";
}
