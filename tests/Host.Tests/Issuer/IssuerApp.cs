using Insignia.Core.Criteria;
using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>The host with the background issuance worker off, so each test drives the outbox itself.</summary>
internal static class IssuerApp
{
    public const string BaseUrl = "https://insignia.test/";

    public static InsigniaAppFactory Create(bool issueJwt = false)
    {
        var app = new InsigniaAppFactory();
        app.Settings["Insignia:Issuance:Workers"] = "0";
        app.Settings["Insignia:Issuer:BaseUrl"] = BaseUrl;
        app.Settings["Insignia:Issuer:IssueJwt"] = issueJwt ? "true" : "false";
        return app;
    }

    /// <summary>Runs worker rounds until no row is left pending.</summary>
    public static async Task DrainAsync(IServiceProvider services, string workerId = "test")
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var settled = await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().RunOnceAsync(workerId, TestContext.Current.CancellationToken);
            if (settled == 0 && !await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().IssuanceOutbox
                .AnyAsync(o => o.State == IssuanceState.Pending, TestContext.Current.CancellationToken))
            {
                return;
            }
        }
    }

    public static async Task<List<CredentialEntity>> CredentialsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().Credentials.AsNoTracking()
            .OrderBy(c => c.OutboxId).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Clones one of the demo course's Met decisions to <paramref name="count"/> new learners, each with its outbox row.</summary>
    public static async Task SeedMetDecisionsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var template = await db.Decisions.AsNoTracking().FirstAsync(d => d.Outcome == DecisionOutcome.Met, TestContext.Current.CancellationToken);
        var at = DateTimeOffset.Parse("2026-05-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
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

    /// <summary>Every outbox row with its state and the number of credentials stored for it.</summary>
    public static async Task<List<(long Id, IssuanceState State, int Credentials)>> OutboxAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var rows = await db.IssuanceOutbox.AsNoTracking()
            .Select(o => new { o.Id, o.State, Credentials = db.Credentials.Count(c => c.OutboxId == o.Id) })
            .ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(r => (r.Id, r.State, r.Credentials))];
    }
}
