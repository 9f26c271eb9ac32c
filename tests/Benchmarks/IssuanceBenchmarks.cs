using BenchmarkDotNet.Attributes;
using Insignia.Core.Criteria;
using Insignia.Host.Connections;
using Insignia.Host.Demo;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insignia.Benchmarks;

/// <summary>
/// End-to-end issuance on SQLite: lease outbox rows, load decision/learner/definition, build the OB 3.0 credential,
/// sign it (eddsa-rdfc-2022), store it with its status position and mark the row done. Result is per credential.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as the Host runs: Microsoft.NET.Sdk.Web turns server GC on
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class IssuanceBenchmarks
{
    private const int Credentials = 2_000;
    private WebApplication _app = null!;
    private string _database = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [Params(50, 200)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = Path.Combine(Path.GetTempPath(), $"insignia-issue-bench-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Insignia:Database:ConnectionString"] = $"Data Source={_database}";
        builder.Configuration["Insignia:DemoLms:Enabled"] = "false";
        builder.Configuration["Insignia:Issuance:Workers"] = "0";
        builder.Configuration["Insignia:Issuance:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.AddInsigniaDefaults();
        builder.AddInsigniaApplication();
        builder.AddInsigniaIssuer();
        _app = builder.Build();
        SeedAsync().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void Reset()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        db.Credentials.ExecuteDelete();
        db.IssuanceOutbox.ExecuteUpdate(s => s.SetProperty(o => o.State, IssuanceState.Pending).SetProperty(o => o.LeaseOwner, (string?)null).SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null));
    }

    /// <summary>Not measured: a run that left rows unissued would report a rate it did not reach.</summary>
    [IterationCleanup]
    public void Check()
    {
        using var scope = _app.Services.CreateScope();
        var issued = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().Credentials.Count();
        if (issued != Credentials)
        {
            throw new InvalidOperationException($"Issued {issued} credentials, expected {Credentials}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Credentials)]
    public Task IssueAll() => Task.WhenAll(Enumerable.Range(0, Workers).Select(i => Task.Run(() => DrainAsync($"bench-{i}"))));

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    /// <summary>One worker as the Host runs it: the pipelined drain, until no row is left to lease.</summary>
    private async Task DrainAsync(string worker)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().DrainAsync(worker, CancellationToken.None);
    }

    /// <summary>Syncs the demo course (which stores its definition and decisions), then clones one Met decision to 2,000 learners.</summary>
    private async Task SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ConnectionStore>().AddAsync(DemoCourse.Connection, "demo", new Uri("http://127.0.0.1/demo-lms"), null, null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<Insignia.Host.Definitions.DefinitionStore>()
            .SaveAsync(Insignia.Core.Achievements.CredentialDefinitionReader.Read(DemoCourse.DefinitionJson).Value!, null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<SyncService>().RunAsync(DemoCourse.Connection, DemoCourse.CourseId, null, CancellationToken.None);
        db.IssuanceOutbox.ExecuteDelete();
        var template = await db.Decisions.AsNoTracking().FirstAsync(d => d.Outcome == DecisionOutcome.Met);
        for (var i = 0; i < Credentials; i++)
        {
            var learner = Guid.NewGuid();
            db.Learners.Add(new LearnerEntity { Id = learner, Email = $"bench{i}@example.edu", CreatedAt = template.EvaluatedAt });
            db.Decisions.Add(new DecisionEntity { DefinitionId = template.DefinitionId, LearnerId = learner, DefinitionVersion = template.DefinitionVersion, Outcome = DecisionOutcome.Met, ExplanationJson = template.ExplanationJson, EvaluatedAt = template.EvaluatedAt });
            db.IssuanceOutbox.Add(new IssuanceOutboxEntity { LearnerId = learner, DefinitionId = template.DefinitionId, DefinitionVersion = template.DefinitionVersion, CreatedAt = template.EvaluatedAt });
        }

        await db.SaveChangesAsync();
    }
}
