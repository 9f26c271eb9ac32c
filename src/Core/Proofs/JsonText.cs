using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insignia.Core.Proofs;

/// <summary>Reads JSON values without throwing on an unexpected kind.</summary>
internal static class JsonText
{
    /// <returns>The string value, or <see langword="null"/> when the node is absent or not a string.</returns>
    public static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <returns>The id of a node that is either an id string or an object with a string <c>id</c>.</returns>
    public static string? IdOf(JsonNode? node) => node is JsonObject obj ? StringOf(obj["id"]) : StringOf(node);

    /// <returns>The node as a sequence: an array's items, a single node, or nothing.</returns>
    public static IEnumerable<JsonNode?> Items(JsonNode? node) => node switch
    {
        null => Array.Empty<JsonNode?>(),
        JsonArray array => array,
        _ => new[] { node },
    };
}
