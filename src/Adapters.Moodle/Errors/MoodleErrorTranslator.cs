using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Errors;

/// <summary>Turns Moodle's error bodies (HTTP 200) into <see cref="EvidenceSourceException"/> with an actionable message.</summary>
internal static class MoodleErrorTranslator
{
    private const string ExternalServices = "Site administration › Server › Web services › External services";

    /// <summary>Maps a <c>server.php</c> error body for a call of <paramref name="function"/>.</summary>
    public static EvidenceSourceException FromWebService(MoodleErrorBody error, string function, string service)
    {
        var code = error.Errorcode ?? string.Empty;
        var message = error.Message ?? "no message";
        var (ourCode, text) = code switch
        {
            "invalidtoken" => (MoodleErrors.InvalidToken,
                "Moodle did not accept the connection's token (it was deleted, expired or mistyped): issue a token for the service user in Site administration › Server › Web services › Manage tokens and update the connection's secret."),
            "accessexception" => (MoodleErrors.FunctionNotEnabled,
                $"web service function {function} is not enabled for service {service}: add it in {ExternalServices} (Moodle also says this when the token is IP-restricted or the service user is suspended)."),
            "invalidrecord" when message.Contains("external_functions", StringComparison.Ordinal) => (MoodleErrors.FunctionNotAvailable,
                $"web service function {function} does not exist on this Moodle site: upgrade Moodle or install the plugin that provides it, or turn off the feature that needs it."),
            "invalidrecord" when message.Contains("table course", StringComparison.Ordinal) => (MoodleErrors.InvalidCourse,
                $"The course does not exist on this Moodle site ({function}): check the course id, or whether the course was deleted."),
            "invalidparameter" => (MoodleErrors.InvalidParameter,
                $"Moodle rejected the parameters of {function} ({message}): check the course id and the Moodle version (4.0 or later is supported)."),
            "nopermissions" => (MoodleErrors.MissingCapability,
                $"The service user lacks a capability for {function}: {message} Grant it to the service user's role in the course or at system level."),
            "requireloginerror" => (MoodleErrors.CourseAccessDenied,
                $"The service user cannot access the course ({function}): enrol the service user in the course, or give its role the capabilities at system level."),
            "notenroled" or "usernotenroled" => (MoodleErrors.LearnerNotEnrolled,
                $"The learner is not enrolled in the course ({function})."),
            "nocriteriaset" => (MoodleErrors.CompletionCriteriaNotSet,
                "The course has no completion criteria: set them in the course's Course completion settings, or ignore course completion."),
            "cannotviewreport" => (MoodleErrors.CannotViewReport,
                $"The service user may not view this report ({function}): grant report capabilities to its role."),
            "competenciesarenotenabled" => (MoodleErrors.CompetenciesDisabled,
                "Competencies are disabled on this Moodle site: enable them in Site administration › Advanced features, or ignore competency evidence."),
            _ => (MoodleErrors.MoodleError,
                $"Moodle refused {function}: {error.Exception ?? "error"} '{code}': {message}"),
        };
        return new EvidenceSourceException(text) { Platform = PlatformKind.Moodle, Code = ourCode, StatusCode = 200 };
    }

    /// <summary>Maps a <c>login/token.php</c> error body (<c>{error, errorcode}</c>).</summary>
    public static EvidenceSourceException FromLogin(MoodleErrorBody error, string service)
    {
        var (code, text) = error.Errorcode switch
        {
            "enablewsdescription" => (MoodleErrors.WebServicesDisabled,
                "Web services are disabled on this Moodle site: enable them in Site administration › Advanced features (Enable web services) and enable the REST protocol in Site administration › Server › Web services › Manage protocols."),
            "invalidlogin" => (MoodleErrors.InvalidLogin,
                "Moodle rejected the service user's username or password: check the connection's username setting and its secret."),
            "servicenotavailable" => (MoodleErrors.ServiceNotAvailable,
                $"The external service '{service}' does not exist or the service user is not allowed to use it: check it in {ExternalServices} (Authorised users, 'Can download files' not needed)."),
            _ => (MoodleErrors.LoginFailed,
                $"Moodle refused to issue a token ({error.Errorcode ?? "unknown"}): {error.Error ?? "no message"}"),
        };
        return new EvidenceSourceException(text) { Platform = PlatformKind.Moodle, Code = code, StatusCode = 200 };
    }

    /// <summary>The 403 with an empty body that <c>server.php</c> sends when web services or REST are off.</summary>
    public static EvidenceSourceException WebServicesDisabled() =>
        new("Moodle refused the REST call with HTTP 403: web services or the REST protocol are disabled (or a firewall in front of Moodle blocks the endpoint). Enable them in Site administration › Advanced features (Enable web services) and Site administration › Server › Web services › Manage protocols (REST protocol).")
        {
            Platform = PlatformKind.Moodle,
            Code = MoodleErrors.WebServicesDisabled,
            StatusCode = 403,
        };
}
