namespace Insignia.Host.Sync;

/// <summary>Course syncs to run on a schedule.</summary>
internal sealed class SyncScheduleOptions
{
    public const string SectionName = "Insignia:Sync";

    /// <summary>Gets the scheduled syncs.</summary>
    public List<SyncSchedule> Schedules { get; } = [];
}
