using System.Text.Json.Serialization;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>Serializer for <see cref="MoodleCursor"/>; nulls are left out to keep cursors short.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(MoodleCursor))]
internal sealed partial class MoodleCursorJsonContext : JsonSerializerContext;
