using Insignia.Core.Credentials;
using Insignia.Host.Issuer.ObApi;
using Insignia.Host.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Insignia.Host.Issuer;

/// <summary>Public issuer documents: the OB 3.0 profile, did:web documents and the RS256 JWKS.</summary>
internal static class IssuerEndpoints
{
    public const string JsonLd = "application/ld+json";

    public static IEndpointRouteBuilder MapIssuerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/issuers/{id}", Profile).WithName("IssuerProfile").WithSummary("The issuer's Open Badges 3.0 Profile (JSON-LD).");
        app.MapGet("/issuers/{id}/did.json", IssuerDidAsync).WithName("IssuerDidDocument").WithSummary("The issuer's did:web document, retired keys included.");
        app.MapGet("/.well-known/did.json", HostDidAsync).WithName("HostDidDocument").WithSummary("This host's did:web document.");
        app.MapGet("/issuers/{id}/jwks", JwksAsync).WithName("IssuerJwks").WithSummary("The issuer's RS256 keys for VC-JWT.");
        app.MapCredentialEndpoints();
        app.MapObApiEndpoints();
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Profile(string id, HttpContext http, IssuerDirectory directory) =>
        directory.IsIssuer(id)
            ? TypedResults.Content(ProfileJson.Document(directory.Profile).ToJsonString(), JsonLd)
            : UnknownIssuer(http, id);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> IssuerDidAsync(
        string id, HttpContext http, IssuerDirectory directory, IssuerKeys keys, CancellationToken cancellationToken) =>
        directory.IsIssuer(id)
            ? TypedResults.Content((await keys.ControllerDocumentAsync(directory.IssuerDid, cancellationToken)).ToJsonString(), "application/json")
            : UnknownIssuer(http, id);

    private static async Task<ContentHttpResult> HostDidAsync(IssuerDirectory directory, IssuerKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Content((await keys.ControllerDocumentAsync(directory.HostDid, cancellationToken)).ToJsonString(), "application/json");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> JwksAsync(
        string id, HttpContext http, IssuerDirectory directory, IssuerKeys keys, CancellationToken cancellationToken) =>
        directory.IsIssuer(id)
            ? TypedResults.Content((await keys.JwksAsync(cancellationToken)).ToJsonString(), "application/jwk-set+json")
            : UnknownIssuer(http, id);

    private static ProblemHttpResult UnknownIssuer(HttpContext http, string id) =>
        Problems.Create(http, StatusCodes.Status404NotFound, "not_found", $"There is no issuer '{id}' on this host.");
}
