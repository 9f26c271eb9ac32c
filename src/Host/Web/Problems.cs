using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Insignia.Host.Web;

/// <summary>Builds problem+json responses: type /docs/problems/&lt;code&gt;, a fixed title per code, a safe detail, code and traceId.</summary>
internal static class Problems
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["invalid_definition"] = "The credential definition was refused",
        ["invalid_course"] = "The course key is not valid",
        ["not_found"] = "Not found",
        ["sync_failed"] = "The sync could not run",
        ["forbidden"] = "Administrator access is required",
        ["already_revoked"] = "The credential is already revoked",
        ["reason_required"] = "A revocation reason is required",
        ["invalid_credential"] = "No credential to verify",
        ["transition_not_allowed"] = "The transcript entry cannot make this change",
        ["credential_revoked"] = "The credential was revoked",
        ["rejection_reason_required"] = "A rejection reason is required",
        ["nothing_selected"] = "No transcript entry was selected",
        ["invalid_id"] = "The id is not valid",
        ["invalid_filter"] = "The filter is not valid",
        ["form_expired"] = "The form expired",
        ["no_credentials"] = "No valid credential yet",
    };

    public static ProblemHttpResult Create(HttpContext http, int status, string code, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"/docs/problems/{code}",
            Title = Titles.GetValueOrDefault(code, "Request refused"),
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
