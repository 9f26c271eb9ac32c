using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Converts JSON into the plain value model the algorithms work on: <see cref="Dictionary{TKey, TValue}"/> of
/// string to object (JSON object), <see cref="List{T}"/> of object (array), string, double, bool and null.
/// Numbers are doubles, as in the JavaScript reference implementations the test suites were written against.
/// Nesting is limited (the algorithms recurse over it) and numbers must be finite.
/// </summary>
internal static class JsonValueModel
{
    public const int MaxDepth = 128;

    public static object? FromNode(JsonNode? node) => FromNode(node, 0);

    public static object? FromElement(JsonElement element) => FromElement(element, 0);

    private static object? FromNode(JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                CheckDepth(depth);
                var map = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    map[key] = FromNode(value, depth + 1);
                }

                return map;
            case JsonArray array:
                CheckDepth(depth);
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    list.Add(FromNode(item, depth + 1));
                }

                return list;
            default:
                return FromValue(node.AsValue());
        }
    }

    private static object? FromElement(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => FromObjectElement(element, depth),
        JsonValueKind.Array => FromArrayElement(element, depth),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Finite(element.GetDouble()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static void CheckDepth(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, $"The document nests objects and arrays deeper than {MaxDepth} levels.");
        }
    }

    private static double Finite(double number) => double.IsFinite(number)
        ? number
        : throw new JsonLdException(JsonLdErrorCode.LoadingDocumentFailed, "The document contains a number too large to represent.");

    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    private static object? FromValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return FromElement(element);
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String when value.TryGetValue<string>(out var text):
                return text;
            case JsonValueKind.Number when value.TryGetValue<double>(out var number):
                return Finite(number);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
                return null;
            default:
                return Parse(value.ToJsonString());
        }
    }

    private static Dictionary<string, object?> FromObjectElement(JsonElement element, int depth)
    {
        CheckDepth(depth);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = FromElement(property.Value, depth + 1);
        }

        return map;
    }

    private static List<object?> FromArrayElement(JsonElement element, int depth)
    {
        CheckDepth(depth);
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            list.Add(FromElement(item, depth + 1));
        }

        return list;
    }
}
