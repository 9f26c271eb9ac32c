using System.Globalization;
using Insignia.Host.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Insignia.Host.Issuer;

/// <summary>Credential pages and documents, status lists, verification, and the admin revoke call.</summary>
internal static class CredentialEndpoints
{
    public const string VcJwt = "application/vc+jwt";

    public static IEndpointRouteBuilder MapCredentialEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/credentials/{id:guid}", ShowAsync).WithName("Credential").WithSummary("A credential as JSON-LD, VC-JWT or an HTML page, by Accept.");
        app.MapGet("/status/{list:int}", StatusListAsync).WithName("StatusList").WithSummary("A signed BitstringStatusListCredential (revocation).");
        app.MapGet("/status/revocations", async (StatusLists lists, CancellationToken ct) => TypedResults.Json(await lists.RevocationListAsync(ct)))
            .WithName("RevocationList").WithSummary("The 1EdTech revocation list form: revoked credential ids with reasons.");
        app.MapGet("/verify", (HttpContext http) => Html(VerifyPage.Render(UiLanguage.From(http), null, null)))
            .WithName("VerifyPage").WithSummary("Paste any OB 3.0 credential to verify it.");
        app.MapPost("/verify", VerifyFormAsync).DisableAntiforgery().WithName("VerifyForm").WithSummary("Verifies a credential posted from the verify page.");
        app.MapPost("/api/v1/verify", VerifyApiAsync).WithName("VerifyCredential").WithSummary("Verifies a pasted OB 3.0 credential; reports each check.");
        var admin = app.MapGroup("/api/v1/credentials").RequireInsigniaAdmin(app.ServiceProvider.GetRequiredService<IConfiguration>()).WithTags("Credentials");
        admin.MapPost("/{id:guid}/revoke", RevokeAsync).WithName("RevokeCredential").WithSummary("Revokes a credential with a reason.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ShowAsync(
        Guid id, HttpContext http, CredentialQueries queries, CredentialChecker checker, IssuerDirectory directory, CancellationToken cancellationToken)
    {
        var credential = await queries.FindAsync(id, cancellationToken);
        if (credential is null)
        {
            return Problems.Create(http, StatusCodes.Status404NotFound, "not_found", "There is no credential with this id.");
        }

        var accept = http.Request.Headers.Accept.ToString();
        if (accept.Contains(VcJwt, StringComparison.OrdinalIgnoreCase))
        {
            return credential.Jwt is { } jwt
                ? TypedResults.Content(jwt, VcJwt)
                : Problems.Create(http, StatusCodes.Status406NotAcceptable, "not_found", "This credential was issued without a VC-JWT form.");
        }

        if (accept.Contains("json", StringComparison.OrdinalIgnoreCase) || http.Request.Query.ContainsKey("download"))
        {
            return TypedResults.Content(credential.Json, accept.Contains("application/vc+ld+json", StringComparison.OrdinalIgnoreCase) ? "application/vc+ld+json" : IssuerEndpoints.JsonLd);
        }

        var report = await checker.CheckAsync(credential.Json, cancellationToken);
        return Html(CredentialPage.Render(UiLanguage.From(http), credential, report, directory.CredentialUrl(id).AbsoluteUri));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> StatusListAsync(int list, HttpContext http, StatusLists lists, CancellationToken cancellationToken) =>
        await lists.SignedListAsync(list, cancellationToken) is { } signed
            ? TypedResults.Content(signed.ToJsonString(), "application/vc+ld+json")
            : Problems.Create(http, StatusCodes.Status404NotFound, "not_found", string.Create(CultureInfo.InvariantCulture, $"Status list {list} has no credentials."));

    private static async Task<ContentHttpResult> VerifyFormAsync([FromForm] string credential, HttpContext http, CredentialChecker checker, CancellationToken cancellationToken)
    {
        var report = await checker.CheckAsync(credential ?? string.Empty, cancellationToken);
        return Html(VerifyPage.Render(UiLanguage.From(http), credential, report));
    }

    private static async Task<Results<Ok<VerificationReport>, ProblemHttpResult>> VerifyApiAsync(HttpContext http, CredentialChecker checker, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body);
        var buffer = new char[Core.Proofs.CredentialVerifier.MaxCredentialLength + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read == 0 || read > Core.Proofs.CredentialVerifier.MaxCredentialLength)
        {
            return Problems.Create(http, StatusCodes.Status400BadRequest, "invalid_credential", "Send the credential (JSON or compact VC-JWT, up to 4 MiB) as the request body.");
        }

        return TypedResults.Ok(await checker.CheckAsync(new string(buffer, 0, read), cancellationToken));
    }

    private static async Task<Results<Ok<RevocationResult>, ProblemHttpResult>> RevokeAsync(
        Guid id, RevokeRequest request, HttpContext http, CredentialRevocation revocation, CancellationToken cancellationToken)
    {
        var result = await revocation.RevokeAsync(id, request.Reason, cancellationToken);
        return result.Code switch
        {
            null => TypedResults.Ok(result),
            RevocationResult.NotFound => Problems.Create(http, StatusCodes.Status404NotFound, "not_found", result.Message),
            RevocationResult.AlreadyRevoked => Problems.Create(http, StatusCodes.Status409Conflict, result.Code, result.Message),
            _ => Problems.Create(http, StatusCodes.Status400BadRequest, result.Code, result.Message),
        };
    }

    private static ContentHttpResult Html(string body) => TypedResults.Content(body, "text/html; charset=utf-8");
}
