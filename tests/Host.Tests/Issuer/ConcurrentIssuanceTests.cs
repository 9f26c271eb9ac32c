using Insignia.Core.Criteria;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>Eight workers drain one outbox: every row gives exactly one credential and one status position.</summary>
public sealed class ConcurrentIssuanceTests : IDisposable
{
    private const int Decisions = 10_000;
    private const int Workers = 8;
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task Drain_EightWorkers_ExactlyOneCredentialPerOutboxRow()
    {
        await IssuerApp.DrainAsync(_app.Services); // the demo course's own Met decisions
        var demoCredentials = (await IssuerApp.CredentialsAsync(_app.Services)).Count;
        await IssuerApp.SeedMetDecisionsAsync(_app.Services, Decisions);

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(i => Task.Run(() => IssuerApp.DrainAsync(_app.Services, $"worker-{i}"), TestContext.Current.CancellationToken)));

        var credentials = await IssuerApp.CredentialsAsync(_app.Services);
        Assert.Equal(
            (Decisions + demoCredentials, Decisions + demoCredentials, Decisions + demoCredentials),
            (credentials.Count, credentials.Select(c => c.OutboxId).Distinct().Count(), credentials.Select(c => (c.StatusList, c.StatusIndex)).Distinct().Count()));
    }

    public void Dispose() => _app.Dispose();
}
