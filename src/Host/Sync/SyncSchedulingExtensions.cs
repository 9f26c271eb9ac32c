using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Quartz;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Quartz and one job plus cron trigger per configured course sync.</summary>
internal static class SyncSchedulingExtensions
{
    public static IServiceCollection AddInsigniaSyncJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new SyncScheduleOptions();
        configuration.GetSection(SyncScheduleOptions.SectionName).Bind(options);
        var store = new SchedulerStoreOptions();
        configuration.GetSection(SchedulerStoreOptions.SectionName).Bind(store);
        var persistence = services.Select(d => d.IsKeyedService ? null : d.ImplementationInstance).OfType<PersistenceOptions>().LastOrDefault()
            ?? throw new InvalidOperationException("AddInsigniaPersistence must run before AddInsigniaSyncJobs: the scheduler shares its database.");
        services.AddQuartz(quartz =>
        {
            quartz.UseInsigniaStore(persistence, store);
            foreach (var schedule in options.Schedules)
            {
                var key = new JobKey($"sync:{schedule.Connection}/{schedule.Course}", "sync");
                quartz.AddJob<SyncJob>(job => job
                    .WithIdentity(key)
                    .UsingJobData(SyncJob.ConnectionKey, schedule.Connection)
                    .UsingJobData(SyncJob.CourseKey, schedule.Course));
                quartz.AddTrigger(trigger => trigger
                    .WithIdentity($"sync:{schedule.Connection}/{schedule.Course}", "sync")
                    .ForJob(key)
                    .WithCronSchedule(schedule.Cron));
            }
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
