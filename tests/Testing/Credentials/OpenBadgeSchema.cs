using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Insignia.Testing.Credentials;

/// <summary>Validates documents against the 1EdTech OB 3.0 JSON Schemas kept in the shared standards folder.</summary>
public static class OpenBadgeSchema
{
    private static readonly Lazy<JsonSchema> Credential = new(() => Load("ob_v3p0_achievementcredential_schema.json"));
    private static readonly Lazy<JsonSchema> Profile = new(() => Load("ob_v3p0_profile_schema.json"));

    /// <summary>Returns the schema errors of an AchievementCredential (empty when it is valid).</summary>
    public static IReadOnlyList<string> CredentialErrors(JsonNode document) => Errors(Credential.Value, document);

    /// <summary>Returns the schema errors of a Profile (empty when it is valid).</summary>
    public static IReadOnlyList<string> ProfileErrors(JsonNode document) => Errors(Profile.Value, document);

    private static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(RepositoryPaths.SharedPath("standards", "ob3", "schema", file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static List<string> Errors(JsonSchema schema, JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
