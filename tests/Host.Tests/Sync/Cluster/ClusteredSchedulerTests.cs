using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Quartz;

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>Quartz's clustered ADO.NET store on the PostgreSQL database the Insignia migrations create.</summary>
public sealed class ClusteredSchedulerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly JobKey Counting = new("counting", "test");
    private static readonly JobKey Exclusive = new("exclusive", "test");
    private static readonly SemaphoreSlim Migrated = new(1, 1);
    private static readonly HashSet<string> MigratedDatabases = [];

    [Fact]
    public async Task Start_OnMigratedDatabase_PassesQuartzSchemaValidationAndClusters()
    {
        await MigrateAsync();

        await using var node = await ClusterNode.StartAsync(database.ConnectionString, "node-a", new JobProbe());
        var metadata = await node.Scheduler.GetMetadata(TestContext.Current.CancellationToken);

        Assert.Equal(SchedulerStatus.Running, node.Scheduler.Status);
        Assert.True(metadata.JobStorePersistent);
        Assert.True(metadata.JobStoreClustered);
        Assert.Equal("node-a", await ScalarAsync<string>("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'Insignia'"));
    }

    [Fact]
    public async Task TriggerOnce_TwoNodes_RunsExactlyOnce()
    {
        await MigrateAsync();
        var probe = new JobProbe();
        await using var a = await ClusterNode.StartAsync(database.ConnectionString, "node-a", probe, DeclareJobs);
        await using var b = await ClusterNode.StartAsync(database.ConnectionString, "node-b", probe, DeclareJobs);
        var trigger = TriggerBuilder.Create().WithIdentity("once", "test").ForJob(Counting)
            .StartAt(TimeProvider.System.GetUtcNow().AddSeconds(1)).Build();

        await a.Scheduler.ScheduleJob(trigger, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotNull(await b.Scheduler.GetTrigger(trigger.Key, TestContext.Current.CancellationToken)); // one shared schedule
        await WaitUntilAsync(async () => probe.Nodes.Count > 0 && await a.Scheduler.GetTrigger(trigger.Key, TestContext.Current.CancellationToken) is null);
        await Task.Delay(TimeSpan.FromSeconds(2), TimeProvider.System, TestContext.Current.CancellationToken); // both nodes polled again

        Assert.Single(probe.Nodes);
    }

    [Fact]
    public async Task TriggerJob_NonConcurrentJobOnBothNodesAtOnce_NeverOverlaps()
    {
        await MigrateAsync();
        var probe = new JobProbe();
        await using var a = await ClusterNode.StartAsync(database.ConnectionString, "node-a", probe, DeclareJobs);
        await using var b = await ClusterNode.StartAsync(database.ConnectionString, "node-b", probe, DeclareJobs);

        await Task.WhenAll(
            a.Scheduler.TriggerJob(Exclusive, TestContext.Current.CancellationToken).AsTask(),
            b.Scheduler.TriggerJob(Exclusive, TestContext.Current.CancellationToken).AsTask());
        await WaitUntilAsync(() => Task.FromResult(probe.Nodes.Count == 2));
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, TestContext.Current.CancellationToken); // let the second run finish

        Assert.Equal(2, probe.Nodes.Count);
        Assert.Equal(1, probe.MaxConcurrent);
    }

    [Fact]
    public async Task Restart_ConfiguredSchedule_KeepsOneTrigger()
    {
        await MigrateAsync();
        var key = new TriggerKey("nightly", "schedule");
        await using (var a = await ClusterNode.StartAsync(database.ConnectionString, "node-a", new JobProbe(), DeclareNightly))
        await using (var b = await ClusterNode.StartAsync(database.ConnectionString, "node-b", new JobProbe(), DeclareNightly))
        {
            Assert.NotNull(await b.Scheduler.GetTrigger(key, TestContext.Current.CancellationToken));
        }

        await using var restarted = await ClusterNode.StartAsync(database.ConnectionString, "node-c", new JobProbe(), DeclareNightly);
        var trigger = await restarted.Scheduler.GetTrigger(key, TestContext.Current.CancellationToken);

        Assert.Equal("0 0 3 * * ?", Assert.IsAssignableFrom<ICronTrigger>(trigger).CronExpressionString);
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'schedule'"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM qrtz_cron_triggers WHERE trigger_group = 'schedule'"));
    }

    [Fact]
    public async Task MigrateDown_PastQuartzJobStore_DropsQuartzTablesAndUpRecreatesThem()
    {
        await MigrateAsync();
        const string CountTables = "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'qrtz\\_%'";
        await Migrated.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var db = Context();
            var migrator = db.GetService<IMigrator>();

            await migrator.MigrateAsync("TranscriptEntries", cancellationToken: TestContext.Current.CancellationToken);
            var afterDown = await ScalarAsync<long>(CountTables);
            await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(0L, afterDown);
            Assert.Equal(12L, await ScalarAsync<long>(CountTables));
        }
        finally
        {
            Migrated.Release();
        }
    }

    private static void DeclareJobs(IQuartzBuilder quartz)
    {
        quartz.AddJob<CountingJob>(j => j.WithIdentity(Counting).StoreDurably());
        quartz.AddJob<SlowExclusiveJob>(j => j.WithIdentity(Exclusive).StoreDurably());
    }

    private static void DeclareNightly(IQuartzBuilder quartz)
    {
        var job = new JobKey("nightly", "schedule");
        quartz.AddJob<CountingJob>(j => j.WithIdentity(job));
        quartz.AddTrigger(t => t.WithIdentity("nightly", "schedule").ForJob(job).WithCronSchedule("0 0 3 * * ?"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = TimeProvider.System.GetTimestamp() + (TimeProvider.System.TimestampFrequency * 30);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "The cluster did not run the job within 30 seconds.");
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, ct);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private PostgresInsigniaDbContext Context() =>
        new(new DbContextOptionsBuilder<PostgresInsigniaDbContext>().UseNpgsql(database.ConnectionString).Options);

    private async Task MigrateAsync()
    {
        database.RequireServer();
        await Migrated.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (MigratedDatabases.Add(database.ConnectionString))
            {
                await using var db = Context();
                await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            Migrated.Release();
        }
    }
}
