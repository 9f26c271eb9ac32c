namespace Insignia.Adapters.Coursera;

/// <summary>Marks that the Coursera adapter has been registered, so registration is idempotent.</summary>
internal sealed class CourseraAdapterMarker;
