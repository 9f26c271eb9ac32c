using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Insignia.Testing.Credentials;

/// <summary>
/// Validates a ClrCredential against 1EdTech's CLR 2.0 JSON Schema from the shared standards folder. The only public
/// copy is the validator's draft-04 conversion of the VC 1.1 era (<c>issuanceDate</c>, closed <c>CredentialStatus</c>);
/// CLR 2.0 final follows VC 2.0 like OB 3.0. The same VC 2.0 alignment that separates the OB 3.0 draft-04 conversion from
/// the OB 3.0 2019-09 schema is applied: <c>issuanceDate</c>/<c>expirationDate</c> become <c>validFrom</c>/<c>validUntil</c>
/// and <c>CredentialStatus</c> admits its type's own properties. Nothing else is loosened.
/// </summary>
public static class ClrSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Returns the schema errors of a ClrCredential (empty when it is valid).</summary>
    public static IReadOnlyList<string> Errors(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = Schema.Value.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid ? [] : [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }

    /// <summary>The draft-04 conversion with the VC 2.0 alignment (see the class summary), read as draft 2019-09.</summary>
    public static JsonObject AlignedSchemaDocument()
    {
        var path = RepositoryPaths.SharedPath("standards", "clr2", "schema", "clr_v2p0_clrcredential_schema_draft4.1edtech-validator-tcp.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schema["$schema"] = "https://json-schema.org/draft/2019-09/schema";
        Align(schema);
        schema["$defs"]!["CredentialStatus"]!["additionalProperties"] = true;
        return schema;
    }

    private static JsonSchema Load() =>
        JsonSchema.FromText(AlignedSchemaDocument().ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void Align(JsonObject node)
    {
        if (node["properties"] is JsonObject properties)
        {
            Rename(properties, "issuanceDate", "validFrom");
            Rename(properties, "expirationDate", "validUntil");
        }

        if (node["required"] is JsonArray required)
        {
            for (var i = 0; i < required.Count; i++)
            {
                if ((string?)required[i] == "issuanceDate")
                {
                    required[i] = "validFrom";
                }
            }
        }

        foreach (var child in node.Select(p => p.Value).OfType<JsonObject>().ToList())
        {
            Align(child);
        }
    }

    private static void Rename(JsonObject properties, string from, string to)
    {
        if (properties[from] is { } value && properties[to] is null)
        {
            properties.Remove(from);
            properties[to] = value;
        }
    }
}
