namespace Insignia.Adapters.Canvas;

/// <summary>Marks that the Canvas adapter has been registered, so registration is idempotent.</summary>
internal sealed class CanvasAdapterMarker;
