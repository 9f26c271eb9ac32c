using System.Text.Json.Nodes;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Every one-character change of every string value outside <c>proof</c> and <c>@context</c>.</summary>
internal static class TamperCases
{
    public static IEnumerable<(string Path, JsonObject Tampered)> OneCharacterChanges(JsonObject signed)
    {
        foreach (var path in StringValuePaths(signed, "$").Where(p => !p.StartsWith("$.proof", StringComparison.Ordinal) && !p.StartsWith("$.@context", StringComparison.Ordinal)))
        {
            var tampered = signed.DeepClone().AsObject();
            var value = Find(tampered, path);
            var text = value.GetValue<string>();
            var last = text.Length - 1;
            var changed = text.Length == 0 ? "x" : text[..last] + (text[last] == 'x' ? 'y' : 'x');
            value.ReplaceWith(JsonValue.Create(changed));
            yield return (path, tampered);
        }
    }

    private static IEnumerable<string> StringValuePaths(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => StringValuePaths(p.Value, path + "." + p.Key)),
        JsonArray array => array.SelectMany((item, i) => StringValuePaths(item, path + "[" + i + "]")),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => [path],
        _ => [],
    };

    private static JsonValue Find(JsonNode root, string path)
    {
        JsonValue? found = null;
        Visit(root, "$");
        return found ?? throw new InvalidOperationException("Path not found: " + path);

        void Visit(JsonNode? node, string current)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, child) in obj)
                    {
                        Visit(child, current + "." + name);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Visit(array[i], current + "[" + i + "]");
                    }

                    break;
                case JsonValue value when current == path:
                    found = value;
                    break;
            }
        }
    }
}
