using System.Text.Json;
using System.Text.Json.Serialization;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// The adapter's <see cref="SyncCursor"/> text, JSON such as <c>{"v":1,"since":1795871800}</c> after a finished
/// sync, or <c>{"v":1,"since":...,"run":...,"step":"activity_completion","done":64}</c> in the middle of one.
/// <c>since</c> is when the previous finished sync started (Unix seconds) and drives Moodle's <c>since</c> filters;
/// <c>run</c> is when the current sync started; <c>step</c>/<c>done</c> say where to resume.
/// </summary>
internal sealed record MoodleCursor
{
    [JsonPropertyName("v")]
    public int Version { get; init; } = 1;

    [JsonPropertyName("since")]
    public long? Since { get; init; }

    [JsonPropertyName("run")]
    public long? Run { get; init; }

    [JsonPropertyName("step")]
    public string? Step { get; init; }

    [JsonPropertyName("done")]
    public int Done { get; init; }

    public static MoodleCursor Start { get; } = new();

    /// <summary>Parses a stored cursor; an unreadable or foreign cursor starts a full sync (records are deterministic, so repeating work is safe).</summary>
    public static MoodleCursor Parse(SyncCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        if (cursor.Value is not { Length: > 0 } text)
        {
            return Start;
        }

        try
        {
            return JsonSerializer.Deserialize(text, MoodleCursorJsonContext.Default.MoodleCursor) is { Version: 1 } parsed ? parsed : Start;
        }
        catch (JsonException)
        {
            return Start;
        }
    }

    public static MoodleCursor Completed(long runStart) => new() { Since = runStart };

    public SyncCursor ToSyncCursor() => new(JsonSerializer.Serialize(this, MoodleCursorJsonContext.Default.MoodleCursor));
}
