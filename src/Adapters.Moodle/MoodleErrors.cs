namespace Insignia.Adapters.Moodle;

/// <summary>Stable snake_case codes carried by <see cref="Core.Ports.EvidenceSourceException.Code"/> for Moodle failures.</summary>
internal static class MoodleErrors
{
    public const string InvalidToken = "invalid_token";
    public const string MissingToken = "missing_token";
    public const string WebServicesDisabled = "web_services_disabled";
    public const string FunctionNotEnabled = "function_not_enabled";
    public const string FunctionNotAvailable = "function_not_available";
    public const string InvalidCourse = "invalid_course";
    public const string InvalidParameter = "invalid_parameter";
    public const string MissingCapability = "missing_capability";
    public const string CourseAccessDenied = "course_access_denied";
    public const string LearnerNotEnrolled = "learner_not_enrolled";
    public const string CompletionCriteriaNotSet = "completion_criteria_not_set";
    public const string CannotViewReport = "cannot_view_report";
    public const string CompetenciesDisabled = "competencies_disabled";
    public const string InvalidLogin = "invalid_login";
    public const string ServiceNotAvailable = "service_not_available";
    public const string LoginFailed = "login_failed";
    public const string MoodleError = "moodle_error";
    public const string UnexpectedResponse = "unexpected_response";
    public const string ServerError = "server_error";
    public const string RateLimited = "rate_limited";
    public const string Timeout = "timeout";
    public const string CircuitOpen = "circuit_open";
    public const string Unreachable = "site_unreachable";
}
