using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Insignia.Core.Evidence;

namespace Insignia.Host.Evaluation;

/// <summary>JSON options for decisions and explanations: camelCase, enums as strings, activity keys as text.</summary>
internal static class DecisionJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static void Configure(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new ActivityKeyJsonConverter());
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        Configure(options);
        return options;
    }

    internal sealed class ActivityKeyJsonConverter : JsonConverter<ActivityKey>
    {
        public override ActivityKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ActivityKey.TryParse(reader.GetString(), out var key) ? key : throw new JsonException("Invalid activity key.");

        public override void Write(Utf8JsonWriter writer, ActivityKey value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
