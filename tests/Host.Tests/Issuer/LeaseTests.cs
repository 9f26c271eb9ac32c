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

/// <summary>A worker that leased rows and crashed: its rows wait for the lease to expire, then another worker issues them once.</summary>
public sealed class LeaseTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-06-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InsigniaAppFactory _factory = IssuerApp.Create();
    private readonly WebApplicationFactory<Program> _app;

    public LeaseTests()
    {
        _app = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time))));
    }

    [Fact]
    public async Task RunOnce_RowsLeasedByCrashedWorker_WaitsForLease()
    {
        await LeaseAllAsync("crashed-worker");

        var settled = await RunOnceAsync();

        Assert.Equal((0, 0), (settled, (await IssuerApp.CredentialsAsync(_app.Services)).Count));
    }

    [Fact]
    public async Task Drain_CrashedWorkersLeaseExpired_IssuesEachRowOnce()
    {
        var rows = await LeaseAllAsync("crashed-worker");
        _time.Advance(TimeSpan.FromMinutes(3));

        await IssuerApp.DrainAsync(_app.Services);

        var credentials = await IssuerApp.CredentialsAsync(_app.Services);
        Assert.Equal((rows, rows), (credentials.Count, credentials.Select(c => c.OutboxId).Distinct().Count()));
    }

    private async Task<int> LeaseAllAsync(string owner)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var until = _time.GetUtcNow().AddMinutes(2);
        return await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().IssuanceOutbox
            .Where(o => o.State == IssuanceState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LeaseOwner, owner).SetProperty(o => o.LeaseUntil, until), TestContext.Current.CancellationToken);
    }

    private async Task<int> RunOnceAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().RunOnceAsync("worker", TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
