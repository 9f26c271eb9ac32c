namespace Insignia.Adapters.OneRoster;

/// <summary>Marks that the OneRoster adapter has been registered, so registration is idempotent.</summary>
internal sealed class OneRosterAdapterMarker;
