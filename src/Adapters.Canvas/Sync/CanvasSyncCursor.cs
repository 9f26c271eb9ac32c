using System.Text.Json;
using System.Text.Json.Serialization;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Sync;

/// <summary>
/// The Canvas adapter's <see cref="SyncCursor"/> text: JSON with a version, the <c>graded_since</c> watermark for
/// the next run, and, while a run is under way, where it stopped (phase, next-page URL, quiz). Example after a
/// finished run: <c>{"v":1,"watermark":"2024-05-16T14:55:00+00:00"}</c>.
/// </summary>
internal sealed record CanvasSyncCursor
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [JsonPropertyName("v")]
    public int Version { get; init; }

    /// <summary>Gets the <c>graded_since</c> of the next run; <see langword="null"/> means a full sync.</summary>
    public DateTimeOffset? Watermark { get; init; }

    /// <summary>Gets the run in progress, if the previous sync stopped part-way.</summary>
    public CanvasSyncRun? Run { get; init; }

    public static CanvasSyncCursor Parse(SyncCursor cursor, string connectionName)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor.IsStart)
        {
            return new CanvasSyncCursor { Version = CurrentVersion };
        }

        CanvasSyncCursor? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CanvasSyncCursor>(cursor.Value!, Json);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        return parsed is { Version: CurrentVersion }
            ? parsed
            : throw new EvidenceSourceException(
                $"The stored sync cursor of Canvas connection '{connectionName}' was not written by this adapter version; " +
                "reset the course's cursor to run a full sync.")
            {
                Platform = PlatformKind.Canvas,
                Code = CanvasErrors.InvalidCursor,
            };
    }

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this with { Version = CurrentVersion }, Json));
}
