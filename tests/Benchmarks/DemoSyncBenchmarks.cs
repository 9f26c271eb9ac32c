using BenchmarkDotNet.Attributes;
using Insignia.Core.Achievements;
using Insignia.Host.Connections;
using Insignia.Host.Definitions;
using Insignia.Host.Demo;
using Insignia.Host.Persistence;
using Insignia.Host.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insignia.Benchmarks;

/// <summary>
/// Full sync of the demo LMS into SQLite: pull pages, upsert evidence, create learners, evaluate every learner.
/// Two course sizes show whether allocated bytes per record stay flat as the course grows.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DemoSyncBenchmarks
{
    private WebApplication _app = null!;
    private string _database = null!;

    /// <summary>Synthetic learners; each has about 8 evidence records (1,250 ≈ 10,000 records; 12,500 ≈ 100,000).</summary>
    [Params(1_250, 12_500)]
    public int Learners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = Path.Combine(Path.GetTempPath(), $"insignia-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Insignia:Database:ConnectionString"] = $"Data Source={_database}";
        builder.Configuration["Insignia:DemoLms:Enabled"] = "false";
        builder.Configuration["Insignia:DemoLms:SyntheticLearners"] = Learners.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.AddInsigniaDefaults();
        builder.AddInsigniaApplication();
        _app = builder.Build();
        using var scope = _app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().Database.Migrate();
        scope.ServiceProvider.GetRequiredService<ConnectionStore>().AddAsync("demo", "demo", new Uri("http://127.0.0.1/demo-lms"), null, null, CancellationToken.None).GetAwaiter().GetResult();
        var definition = CredentialDefinitionReader.Read(DemoCourse.DefinitionJson).Value!;
        scope.ServiceProvider.GetRequiredService<DefinitionStore>().SaveAsync(definition, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void ClearEvidence()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        db.Evidence.ExecuteDelete();
        db.SyncCursors.ExecuteDelete();
        db.Decisions.ExecuteDelete();
    }

    [Benchmark]
    public async Task<int> SyncCourse()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SyncService>().RunAsync("demo", "OBP101", null, CancellationToken.None);
        return report.RecordsChanged;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
