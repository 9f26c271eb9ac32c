using System.Globalization;
using System.Text;
using Insignia.Host.Definitions;
using Insignia.Host.Issuer;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Insignia.Host.Web.Course;

/// <summary>The course pages' credential actions: "Issue now" and revoke (instructors), downloads and the CLR (the learner's own).</summary>
internal static class CredentialUiEndpoints
{
    /// <summary>"Issue now" settles at most this many batches per click, so the request stays short.</summary>
    private const int IssueNowRounds = 20;

    public static void Map(RouteGroupBuilder lti)
    {
        lti.MapPost("/course/issue", IssueNowAsync).WithName("LtiCourseIssueNow").WithSummary("Issues the course's pending credentials now.");
        lti.MapPost("/course/credentials/{id}/revoke", RevokeAsync).WithName("LtiCourseRevoke").WithSummary("Revokes one of the course's credentials with a reason.");
        lti.MapGet("/course/credentials/{id}/revoke", (HttpContext http) => TypedResults.Redirect($"/lti/course?lang={CourseUi.Language(http, null)}#issued"))
            .WithName("LtiCourseRevokeBack").WithSummary("The revoke page's language links lead back to the course page.");
        lti.MapGet("/progress/credentials/{id}/download", DownloadAsync).WithName("LtiProgressDownload").WithSummary("The learner's own signed credential as a JSON file.");
        lti.MapGet("/progress/clr", ClrAsync).WithName("LtiProgressClr").WithSummary("The learner's CLR 2.0 record of valid credentials, signed, as a JSON file.");
        lti.MapGet("/progress/ui.js", () => TypedResults.Text(ProgressScript.Source, "text/javascript; charset=utf-8")).WithName("LtiProgressScript").WithSummary("The progress page's copy-link script.");
    }

    private static async Task<IResult> IssueNowAsync(HttpContext http, CourseUi course, DefinitionStore definitions, IssuanceProcessor processor, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var ids = (await definitions.LatestForCourseAsync(ui.Session.CourseKey, cancellationToken)).Select(d => d.Id).ToList();
        var result = await processor.IssueNowAsync(ids, IssueNowRounds, cancellationToken);
        return TypedResults.Redirect(ui.Url(string.Create(CultureInfo.InvariantCulture, $"/lti/course?done=issued&issued={result.Issued}&refused={result.Refused}&failed={result.Failed}")));
    }

    private static async Task<IResult> RevokeAsync(string id, HttpContext http, CourseUi course, CourseCredentials credentials, CredentialRevocation revocation, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: true, isForm: true);
        if (ui is null)
        {
            return refusal!;
        }

        var credential = Guid.TryParse(id, out var credentialId) ? await credentials.InCourseAsync(credentialId, ui.Session.CourseKey, cancellationToken) : null;
        if (credential is null)
        {
            return Problems.Create(http, StatusCodes.Status404NotFound, "not_found", "This course has no credential with this id.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var reason = form["reason"].ToString();
        var learnerName = await credentials.LearnerNameAsync(credential.LearnerId, cancellationToken);
        if (credential.RevokedAt is { } revokedAt)
        {
            return RevokePage.Render(ui, credential, learnerName, reason, ui.T($"Esta credencial ya se había revocado el {UiFormat.Date(ui.Language, revokedAt)}; no se cambió nada.", $"This credential was already revoked on {UiFormat.Date(ui.Language, revokedAt)}; nothing changed."), StatusCodes.Status409Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return RevokePage.Render(ui, credential, learnerName, reason, ui.T("Escriba el motivo de la revocación (1 a 500 caracteres); se publica en la lista de revocación.", "Write the reason for the revocation (1 to 500 characters); it is published in the revocation list."), StatusCodes.Status422UnprocessableEntity);
        }

        if (form["confirm"] != "yes")
        {
            return RevokePage.Render(ui, credential, learnerName, reason, ui.T("Marque la casilla para confirmar la revocación.", "Tick the box to confirm the revocation."), StatusCodes.Status422UnprocessableEntity);
        }

        var result = await revocation.RevokeAsync(credential.Id, reason, cancellationToken);
        return result.Code switch
        {
            null => TypedResults.Redirect(ui.Url("/lti/course?done=revoked") + "#issued"),
            RevocationResult.AlreadyRevoked => RevokePage.Render(ui, credential, learnerName, reason, ui.T("Esta credencial ya se había revocado; no se cambió nada.", "This credential was already revoked; nothing changed."), StatusCodes.Status409Conflict),
            _ => Problems.Create(http, StatusCodes.Status404NotFound, "not_found", result.Message),
        };
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, CourseUi course, CourseCredentials credentials, CredentialQueries queries, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: false, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var learnerId = await credentials.LearnerIdAsync(ui.Session, cancellationToken);
        var credential = Guid.TryParse(id, out var credentialId) && learnerId is not null ? await queries.FindAsync(credentialId, cancellationToken) : null;
        return credential is null || credential.LearnerId != learnerId
            ? Problems.Create(http, StatusCodes.Status404NotFound, "not_found", "You have no credential with this id.")
            : JsonFile(credential.Json, $"credential-{credential.Id:D}.json");
    }

    private static async Task<IResult> ClrAsync(HttpContext http, CourseUi course, CourseCredentials credentials, LearnerRecords records, TimeProvider time, CancellationToken cancellationToken)
    {
        var (ui, refusal) = await course.OpenAsync(http, instructorOnly: false, isForm: false);
        if (ui is null)
        {
            return refusal!;
        }

        var learnerId = await credentials.LearnerIdAsync(ui.Session, cancellationToken);
        var record = learnerId is { } id ? await records.BuildAsync(id, ui.T("Registro integral de aprendizaje", "Comprehensive Learner Record"), cancellationToken) : null;
        return record is null
            ? Problems.Create(http, StatusCodes.Status404NotFound, "no_credentials", "You hold no valid credential yet, so there is no learner record to download.")
            : JsonFile(record.ToJsonString(), string.Create(CultureInfo.InvariantCulture, $"clr-{time.GetUtcNow():yyyy-MM-dd}.json"));
    }

    private static FileContentHttpResult JsonFile(string json, string fileName) =>
        TypedResults.File(Encoding.UTF8.GetBytes(json), "application/ld+json", fileName);
}
