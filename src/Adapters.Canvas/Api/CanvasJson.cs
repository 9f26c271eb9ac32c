using System.Text.Json;
using System.Text.Json.Serialization;
using Refit;

namespace Insignia.Adapters.Canvas.Api;

/// <summary>How Canvas payloads are read: snake_case names, ids that may arrive as numbers or strings.</summary>
internal static class CanvasJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static RefitSettings RefitSettings { get; } = new(new SystemTextJsonContentSerializer(Options));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.Converters.Add(new CanvasIdStringConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
