using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Converts JSON into the plain value model the algorithms work on: <see cref="Dictionary{TKey, TValue}"/> of
/// string to object (JSON object), <see cref="List{T}"/> of object (array), string, double, bool and null.
/// Numbers are doubles, as in the JavaScript reference implementations the test suites were written against.
/// </summary>
internal static class JsonValueModel
{
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var map = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    map[key] = FromNode(value);
                }

                return map;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (var item in array)
                {
                    list.Add(FromNode(item));
                }

                return list;
            default:
                return FromValue(node.AsValue());
        }
    }

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FromObjectElement(element),
        JsonValueKind.Array => FromArrayElement(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

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
                return number;
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

    private static Dictionary<string, object?> FromObjectElement(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = FromElement(property.Value);
        }

        return map;
    }

    private static List<object?> FromArrayElement(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            list.Add(FromElement(item));
        }

        return list;
    }
}
