using System.Text.Json.Nodes;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>Error responses of the OB 3.0 API: an <c>imsx_StatusInfo</c> body with the HTTP status that matches.</summary>
internal static class ObApiStatus
{
    public static IResult Failure(int status, string codeMinor, string description) =>
        TypedResults.Content(Body(codeMinor, description).ToJsonString(), "application/json", statusCode: status);

    /// <summary>A refused token: 401 (or 403 for a missing scope) with the RFC 6750 <c>WWW-Authenticate</c> challenge.</summary>
    public static IResult Refused(HttpContext http, ObApiTokenCheck check, string scope)
    {
        var forbidden = check.Error == ObApiTokenCheck.InsufficientScope;
        var challenge = check.Error == ObApiTokenCheck.InvalidRequest && http.Request.Headers.Authorization.Count == 0
            ? "Bearer realm=\"insignia\""
            : $"Bearer realm=\"insignia\", error=\"{check.Error}\", scope=\"{scope}\"";
        http.Response.Headers.WWWAuthenticate = challenge;
        return forbidden
            ? Failure(StatusCodes.Status403Forbidden, "forbidden", check.Description!)
            : Failure(StatusCodes.Status401Unauthorized, "unauthorizedrequest", check.Description!);
    }

    private static JsonObject Body(string codeMinor, string description) => new()
    {
        ["imsx_codeMajor"] = "failure",
        ["imsx_severity"] = "error",
        ["imsx_description"] = description,
        ["imsx_codeMinor"] = new JsonObject
        {
            ["imsx_codeMinorField"] = new JsonArray(new JsonObject
            {
                ["imsx_codeMinorFieldName"] = "insignia",
                ["imsx_codeMinorFieldValue"] = codeMinor,
            }),
        },
    };
}
