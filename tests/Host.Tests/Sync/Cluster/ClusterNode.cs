using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>One clustered scheduler on the test database, configured as the Host configures it but with short intervals.</summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClusterNode(ServiceProvider services, IScheduler scheduler)
    {
        _services = services;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    public static async Task<ClusterNode> StartAsync(string connectionString, string instanceId, JobProbe probe, Action<IQuartzBuilder>? declare = null)
    {
        var persistence = new PersistenceOptions { Provider = "postgres", ConnectionString = connectionString };
        var store = new SchedulerStoreOptions
        {
            CheckinInterval = TimeSpan.FromSeconds(1),
            CheckinMisfireThreshold = TimeSpan.FromSeconds(2),
            MisfireThreshold = TimeSpan.FromSeconds(5),
        };
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(probe);
        services.AddQuartz(quartz =>
        {
            quartz.UseInsigniaStore(persistence, store);
            quartz.ConfigureScheduler(s =>
            {
                s.GenerateInstanceId = false;
                s.InstanceId = instanceId;
                s.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            declare?.Invoke(quartz);
        });
        var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Start(ct);
        return new ClusterNode(provider, scheduler);
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: true);
        await _services.DisposeAsync();
    }
}
