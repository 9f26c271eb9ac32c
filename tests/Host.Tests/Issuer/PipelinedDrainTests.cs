using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Host.Tests.Issuer;

/// <summary>
/// <see cref="IssuanceProcessor.DrainAsync"/>, the worker's pipelined loop (sign one batch while storing the previous
/// and leasing the next): still exactly one credential per outbox row, with concurrent workers and with a lease that
/// expires while its batch waits in the pipeline.
/// </summary>
public sealed class PipelinedDrainTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly TakeoverSink _takeover = new();
    private readonly InsigniaAppFactory _factory = IssuerApp.Create();
    private readonly WebApplicationFactory<Program> _app;

    public PipelinedDrainTests()
    {
        _factory.Settings["Insignia:Issuance:BatchSize"] = "10";
        _app = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s
            .Replace(ServiceDescriptor.Singleton<TimeProvider>(_time))
            .AddSingleton<ICredentialIssuedSink>(_takeover)));
    }

    [Fact]
    public async Task Drain_FourPipelinedWorkers_ExactlyOneCredentialPerOutboxRow()
    {
        await IssuerApp.SeedMetDecisionsAsync(_app.Services, 400);

        var settled = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => DrainAsync($"worker-{i}"), TestContext.Current.CancellationToken)));

        var outbox = await IssuerApp.OutboxAsync(_app.Services);
        Assert.Equal(
            (outbox.Count, true, true),
            (settled.Sum(), outbox.All(r => r.State == IssuanceState.Done), outbox.All(r => r.Credentials == 1)));
    }

    [Fact]
    public async Task Drain_LeaseTakenOverWhileBatchInPipeline_StoresEachRowOnce()
    {
        await IssuerApp.SeedMetDecisionsAsync(_app.Services, 60);
        _takeover.OnFirstIssued = () =>
        {
            // The first batch is being stored and the second already signed or signing: expire its lease and let another
            // worker issue everything that is left, the second batch's rows included.
            _time.Advance(TimeSpan.FromMinutes(3));
            _takeover.TakenOver = IssuerApp.DrainAsync(_app.Services, "other-worker").Wait(TimeSpan.FromMinutes(2));
        };

        await DrainAsync("pipelined-worker");

        var outbox = await IssuerApp.OutboxAsync(_app.Services);
        Assert.Equal(
            (true, true, true),
            (_takeover.TakenOver, outbox.All(r => r.State == IssuanceState.Done), outbox.All(r => r.Credentials == 1)));
    }

    [Fact]
    public async Task Drain_SomeLeasesOfBatchInPipelineLost_StoresOnlyTheRowsStillHeld()
    {
        await IssuerApp.SeedMetDecisionsAsync(_app.Services, 30);
        List<long> stolen = [];
        _takeover.OnFirstIssued = () => stolen = StealHalfOfLeasedBatchAsync("pipelined-worker:").GetAwaiter().GetResult();

        await DrainAsync("pipelined-worker");

        var outbox = await IssuerApp.OutboxAsync(_app.Services);
        Assert.Equal(
            (true, true, true),
            (stolen.Count > 0,
             outbox.Where(r => stolen.Contains(r.Id)).All(r => r.State == IssuanceState.Pending && r.Credentials == 0),
             outbox.Where(r => !stolen.Contains(r.Id)).All(r => r.State == IssuanceState.Done && r.Credentials == 1)));
    }

    /// <summary>Hands half of the rows the worker holds (its next batch, leased while the first was signed) to another lease.</summary>
    private async Task<List<long>> StealHalfOfLeasedBatchAsync(string leasePrefix)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var held = await db.IssuanceOutbox.Where(o => o.State == IssuanceState.Pending && o.LeaseOwner!.StartsWith(leasePrefix))
            .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        var stolen = held.Take(held.Count / 2).ToList();
        await db.IssuanceOutbox.Where(o => stolen.Contains(o.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, "thief:0"), TestContext.Current.CancellationToken);
        return stolen;
    }

    private async Task<int> DrainAsync(string workerId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().DrainAsync(workerId, TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }

    /// <summary>Runs a hook on the first stored credential, from inside the pipelined worker's store step.</summary>
    private sealed class TakeoverSink : ICredentialIssuedSink
    {
        private int _fired;

        public Action? OnFirstIssued { get; set; }

        public bool TakenOver { get; set; }

        public void Issued(IssuedCredentialNotice notice)
        {
            if (OnFirstIssued is { } hook && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                hook();
            }
        }
    }
}
