namespace Insignia.Adapters.Moodle;

/// <summary>Marks that the Moodle adapter has been registered, so registration is idempotent.</summary>
internal sealed class MoodleAdapterMarker;
