using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Registrar;

/// <summary>Stores credentials with transcript entries directly, for lists larger or more varied than the demo course gives.</summary>
internal static class SyntheticEntries
{
    private static long _outbox = 1_000_000;

    public static async Task<TranscriptEntryEntity> AddAsync(
        WebApplicationFactory<Program> app, string learnerName, string sisId, string course = "sis/HIS200", string definition = "his200-historia",
        string credentialName = "Historia de México", DateTimeOffset? earned = null, TranscriptEntryState state = TranscriptEntryState.Pending)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var outbox = Interlocked.Increment(ref _outbox);
        var at = earned ?? new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);
        var learner = new LearnerEntity { Id = Guid.NewGuid(), DisplayName = learnerName, CreatedAt = at };
        var credential = new CredentialEntity
        {
            Id = Guid.NewGuid(),
            OutboxId = outbox,
            LearnerId = learner.Id,
            DefinitionId = definition,
            DefinitionVersion = 1,
            IssuedAt = at,
            Json = "{}",
            StatusList = 900,
            StatusIndex = (int)(outbox % 100_000),
        };
        var entry = new TranscriptEntryEntity
        {
            CredentialId = credential.Id,
            LearnerId = learner.Id,
            LearnerSisId = sisId,
            DefinitionId = definition,
            DefinitionVersion = 1,
            CredentialName = credentialName,
            CourseKey = course,
            Term = "2026-1",
            Credits = 2.5m,
            EarnedAt = at,
            State = state,
            StateChangedAt = at,
        };
        db.AddRange(learner, credential, entry);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return entry;
    }
}
