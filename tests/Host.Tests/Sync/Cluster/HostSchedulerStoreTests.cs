using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Insignia.Host.Tests.Sync.Cluster;

/// <summary>The Host's choice of Quartz store, and its configured sync schedule across a restart on PostgreSQL.</summary>
public sealed class HostSchedulerStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TriggerKey SyncTrigger = new("sync:demo/OBP101", "sync");

    [Fact]
    public async Task Start_OnSqlite_UsesMemoryStore()
    {
        using var app = new InsigniaAppFactory();

        var metadata = await MetadataAsync(app);

        Assert.False(metadata.JobStorePersistent);
        Assert.False(metadata.JobStoreClustered);
    }

    [Fact]
    public void Start_OnSqliteWithStoreDatabase_RefusesWithSettingName()
    {
        using var app = new InsigniaAppFactory();
        app.Settings["Insignia:Scheduling:Store"] = "Database";

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.Services);

        Assert.Contains("Insignia:Scheduling:Store=Database needs the PostgreSQL database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnPostgres_UsesClusteredDatabaseStore()
    {
        database.RequireServer();
        using var app = new InsigniaAppFactory { ConnectionString = database.ConnectionString };

        var metadata = await MetadataAsync(app);

        Assert.True(metadata.JobStorePersistent);
        Assert.True(metadata.JobStoreClustered);
        Assert.Equal("Insignia", metadata.SchedulerName);
    }

    [Fact]
    public async Task Start_OnPostgresWithStoreRam_UsesMemoryStore()
    {
        database.RequireServer();
        using var app = new InsigniaAppFactory { ConnectionString = database.ConnectionString };
        app.Settings["Insignia:Scheduling:Store"] = "Ram";

        var metadata = await MetadataAsync(app);

        Assert.False(metadata.JobStorePersistent);
    }

    [Fact]
    public async Task Restart_OnPostgresWithConfiguredSync_KeepsOneTrigger()
    {
        database.RequireServer();
        for (var start = 0; start < 2; start++)
        {
            using var app = Scheduled();
            var scheduler = await SchedulerAsync(app);
            var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(SyncTrigger, TestContext.Current.CancellationToken));

            Assert.Equal(1L, await SyncTriggerRowsAsync());
            Assert.Equal("0 0 3 * * ?", trigger.CronExpressionString);
        }
    }

    private async Task<long> SyncTriggerRowsAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'sync'", connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private InsigniaAppFactory Scheduled()
    {
        var app = new InsigniaAppFactory { ConnectionString = database.ConnectionString };
        app.Settings["Insignia:Sync:Schedules:0:Connection"] = "demo";
        app.Settings["Insignia:Sync:Schedules:0:Course"] = "OBP101";
        app.Settings["Insignia:Sync:Schedules:0:Cron"] = "0 0 3 * * ?";
        return app;
    }

    private static async Task<SchedulerMetadata> MetadataAsync(InsigniaAppFactory app) =>
        await (await SchedulerAsync(app)).GetMetadata(TestContext.Current.CancellationToken);

    private static async Task<IScheduler> SchedulerAsync(InsigniaAppFactory app) =>
        await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
}
