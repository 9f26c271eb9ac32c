using Insignia.Host.Persistence;
using Quartz;

namespace Insignia.Host.Sync;

/// <summary>Points Quartz at memory or at the clustered PostgreSQL store, as <see cref="SchedulerStoreOptions"/> says.</summary>
internal static class SchedulerStoreExtensions
{
    public static IQuartzBuilder UseInsigniaStore(this IQuartzBuilder quartz, PersistenceOptions persistence, SchedulerStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(persistence);
        ArgumentNullException.ThrowIfNull(options);
        quartz.ConfigureScheduler(s => s.InstanceName = SchedulerStoreOptions.SchedulerName);
        if (!options.UsesDatabase(persistence.IsPostgres))
        {
            quartz.UseInMemoryStore();
            return quartz;
        }

        quartz.ConfigureScheduler(s => s.GenerateInstanceId = true); // instance id AUTO: unique per node
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(persistence.ConnectionString!);
            store.UseSystemTextJsonSerializer();
            store.UseClustering(c =>
            {
                c.CheckinInterval = options.CheckinInterval;
                c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
            });
            store.ConfigureStore(s =>
            {
                s.MisfireThreshold = options.MisfireThreshold;
                s.UseBackgroundThreads = true; // a check-in loop must never keep the process alive
            });
        });

        // Each instance declares the configured schedule at start; replacing by key makes that idempotent.
        quartz.Services.Configure<QuartzOptions>(o => o.Scheduling.OverwriteExistingData = true);
        return quartz;
    }
}
