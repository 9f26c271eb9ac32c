using Quartz;

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>Like <see cref="Insignia.Host.Sync.SyncJob"/>: never two at once, and long enough for a second firing to overlap.</summary>
[DisallowConcurrentExecution]
internal sealed class SlowExclusiveJob(JobProbe probe) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using (probe.Enter(context.Scheduler.SchedulerInstanceId))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(800), TimeProvider.System, cancellationToken);
        }
    }
}
