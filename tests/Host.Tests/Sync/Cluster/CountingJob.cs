using Quartz;

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>Records one run on the node that ran it.</summary>
internal sealed class CountingJob(JobProbe probe) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using (probe.Enter(context.Scheduler.SchedulerInstanceId))
        {
            return ValueTask.CompletedTask;
        }
    }
}
