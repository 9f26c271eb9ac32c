namespace Insignia.Host.Sync;

/// <summary>One scheduled course sync: a Quartz cron expression such as <c>0 0/30 * * * ?</c>.</summary>
internal sealed class SyncSchedule
{
    public string Connection { get; set; } = string.Empty;

    public string Course { get; set; } = string.Empty;

    public string Cron { get; set; } = "0 0 * * * ?";
}
