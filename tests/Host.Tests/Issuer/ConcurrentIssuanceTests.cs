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
        await SeedMetDecisionsAsync();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(i => Task.Run(() => IssuerApp.DrainAsync(_app.Services, $"worker-{i}"), TestContext.Current.CancellationToken)));

        var credentials = await IssuerApp.CredentialsAsync(_app.Services);
        Assert.Equal(
            (Decisions + demoCredentials, Decisions + demoCredentials, Decisions + demoCredentials),
            (credentials.Count, credentials.Select(c => c.OutboxId).Distinct().Count(), credentials.Select(c => (c.StatusList, c.StatusIndex)).Distinct().Count()));
    }

    private async Task SeedMetDecisionsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var template = await db.Decisions.AsNoTracking().FirstAsync(d => d.Outcome == DecisionOutcome.Met, TestContext.Current.CancellationToken);
        var at = DateTimeOffset.Parse("2026-05-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Decisions; i++)
        {
            var learnerId = Guid.NewGuid();
            db.Learners.Add(new LearnerEntity { Id = learnerId, Email = $"learner{i}@example.edu", CreatedAt = at });
            db.Decisions.Add(new DecisionEntity
            {
                DefinitionId = template.DefinitionId,
                LearnerId = learnerId,
                DefinitionVersion = template.DefinitionVersion,
                Outcome = DecisionOutcome.Met,
                ExplanationJson = template.ExplanationJson,
                EvaluatedAt = at,
            });
            db.IssuanceOutbox.Add(new IssuanceOutboxEntity
            {
                LearnerId = learnerId,
                DefinitionId = template.DefinitionId,
                DefinitionVersion = template.DefinitionVersion,
                CreatedAt = at,
            });
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose() => _app.Dispose();
}
