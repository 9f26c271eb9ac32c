using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insignia.Host.Issuer.ObApi;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>Helpers for the OB 3.0 API tests: learner tokens minted through the host's service, and the 1EdTech schemas.</summary>
internal static class ObApiFixture
{
    private static readonly Lazy<JsonSchema> StatusInfo = new(() => Load("ob_v3p0_imsx_statusinfo_schema.json"));
    private static readonly Lazy<JsonSchema> CredentialsResponse = new(() => Load("ob_v3p0_getopenbadgecredentialsresponse_schema.json"));

    public static string Token(InsigniaAppFactory app, Guid learnerId, params string[] scopes) =>
        app.Services.GetRequiredService<ObApiTokens>().Mint(learnerId, scopes.Length == 0 ? [ObApiConstants.CredentialReadScope, ObApiConstants.ProfileReadScope] : scopes).Value;

    public static string ExpiredToken(InsigniaAppFactory app, Guid learnerId) =>
        app.Services.GetRequiredService<ObApiTokens>().Protect(
            new ObApiToken(learnerId, [ObApiConstants.CredentialReadScope], app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddSeconds(-1)));

    public static async Task<HttpResponseMessage> GetAsync(InsigniaAppFactory app, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    public static IReadOnlyList<string> StatusInfoErrors(JsonNode document) => Errors(StatusInfo.Value, document);

    public static IReadOnlyList<string> CredentialsResponseErrors(JsonNode document) => Errors(CredentialsResponse.Value, document);

    private static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(RepositoryPaths.SharedPath("standards", "ob3", "schema", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static List<string> Errors(JsonSchema schema, JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid ? [] : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
