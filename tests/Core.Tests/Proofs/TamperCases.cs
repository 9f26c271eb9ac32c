using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Small changes to a signed credential outside <c>proof</c> and <c>@context</c>, each a separate copy.</summary>
internal static class TamperCases
{
    /// <summary>Every string value with its last character changed, every number plus one, every boolean flipped.</summary>
    public static IEnumerable<(string Path, JsonObject Tampered)> ValueChanges(JsonObject signed)
    {
        foreach (var path in Leaves(signed, "$").Where(IsCredentialContent))
        {
            var tampered = signed.DeepClone().AsObject();
            var value = (JsonValue)Find(tampered, path);
            value.ReplaceWith(Changed(value));
            yield return (path, tampered);
        }
    }

    /// <summary>Every property, at any depth, removed.</summary>
    public static IEnumerable<(string Path, JsonObject Tampered)> PropertyRemovals(JsonObject signed)
    {
        foreach (var path in Properties(signed, "$").Where(IsCredentialContent))
        {
            var tampered = signed.DeepClone().AsObject();
            var node = Find(tampered, path);
            node.Parent!.AsObject().Remove(node.GetPropertyName());
            yield return (path, tampered);
        }
    }

    private static bool IsCredentialContent(string path) =>
        !path.StartsWith("$.proof", StringComparison.Ordinal) && !path.StartsWith("$.@context", StringComparison.Ordinal);

    private static JsonValue Changed(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => JsonValue.Create(ChangeLastCharacter(value.GetValue<string>())),
        JsonValueKind.Number => JsonValue.Create(value.GetValue<decimal>() + 1),
        JsonValueKind.True => JsonValue.Create(false),
        JsonValueKind.False => JsonValue.Create(true),
        _ => JsonValue.Create("tampered"),
    };

    private static string ChangeLastCharacter(string text) =>
        text.Length == 0 ? "x" : text[..^1] + (text[^1] == 'x' ? 'y' : 'x');

    private static IEnumerable<string> Leaves(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value, path + "." + p.Key)),
        JsonArray array => array.SelectMany((item, i) => Leaves(item, path + "[" + i + "]")),
        JsonValue => [path],
        _ => [],
    };

    private static IEnumerable<string> Properties(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Properties(p.Value, path + "." + p.Key).Prepend(path + "." + p.Key)),
        JsonArray array => array.SelectMany((item, i) => Properties(item, path + "[" + i + "]")),
        _ => [],
    };

    private static JsonNode Find(JsonNode root, string path) =>
        Walk(root, "$").FirstOrDefault(p => p.Path == path).Node ?? throw new InvalidOperationException("Path not found: " + path);

    private static IEnumerable<(string Path, JsonNode? Node)> Walk(JsonNode? node, string path)
    {
        yield return (path, node);
        var children = node switch
        {
            JsonObject obj => obj.Select(p => (path + "." + p.Key, p.Value)),
            JsonArray array => array.Select((item, i) => (path + "[" + i + "]", item)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            foreach (var descendant in Walk(child, childPath))
            {
                yield return descendant;
            }
        }
    }
}
