using Quartz;

namespace Insignia.Host.Sync;

/// <summary>Quartz job: one course sync. Never two at once for the same job key.</summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob(SyncService sync) : IJob
{
    public const string ConnectionKey = "connection";
    public const string CourseKey = "course";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        await sync.RunAsync(data.GetString(ConnectionKey)!, data.GetString(CourseKey)!, progress: null, cancellationToken);
    }
}
