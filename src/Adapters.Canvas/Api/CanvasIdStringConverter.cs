using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>
/// Reads a string field that Canvas sends as a number on some endpoints and as a string on others (ids in
/// <c>links</c>, rubric criterion ids, or every id when the string-ids Accept header is used).
/// </summary>
internal sealed class CanvasIdStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number when reader.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            JsonTokenType.Number => reader.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string or a number, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
