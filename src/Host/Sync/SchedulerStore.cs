namespace Insignia.Host.Sync;

/// <summary>Where Quartz keeps jobs and triggers.</summary>
internal enum SchedulerStore
{
    /// <summary>The database when it is PostgreSQL, memory otherwise.</summary>
    Auto,

    /// <summary>Quartz's in-memory store: one instance, schedule rebuilt from configuration at start.</summary>
    Ram,

    /// <summary>Quartz's clustered ADO.NET store in the PostgreSQL database.</summary>
    Database,
}
