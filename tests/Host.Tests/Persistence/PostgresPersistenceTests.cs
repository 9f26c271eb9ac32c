using System.Text.Json;
using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Persistence;

/// <summary>The same flows on PostgreSQL: migrations, seeding, evaluation and idempotent re-sync.</summary>
public sealed class PostgresPersistenceTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly Lazy<InsigniaAppFactory> _app;

    public PostgresPersistenceTests(PostgresDatabase database)
    {
        _database = database;
        _app = new Lazy<InsigniaAppFactory>(() => new InsigniaAppFactory { ConnectionString = database.ConnectionString });
    }

    public void Dispose()
    {
        if (_app.IsValueCreated)
        {
            _app.Value.Dispose();
        }
    }

    [Fact]
    public async Task Start_OnPostgres_UsesNpgsqlAndSeedsDemo()
    {
        _database.RequireServer();
        string? provider = null;

        await _app.Value.WithScopeAsync(sp =>
        {
            provider = sp.GetRequiredService<InsigniaDbContext>().Database.ProviderName;
            return Task.CompletedTask;
        });
        var result = await _app.Value.RunCliAsync("evaluate", "--course", "demo/OBP101");

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        var met = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .Where(d => d.GetProperty("outcome").GetString() == "met")
            .Select(d => d.GetProperty("learner").GetString())
            .Order()
            .ToList();
        Assert.Equal(["1001", "1002"], met);
    }

    [Fact]
    public async Task Resync_OnPostgres_WritesNothing()
    {
        _database.RequireServer();
        SyncReport? report = null;

        await _app.Value.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<InsigniaDbContext>().SyncCursors.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
            report = await sp.GetRequiredService<SyncService>().RunAsync("demo", "OBP101", null, TestContext.Current.CancellationToken);
        });

        Assert.True(report!.RecordsSeen > 0);
        Assert.Equal(0, report.RecordsChanged);
    }
}
