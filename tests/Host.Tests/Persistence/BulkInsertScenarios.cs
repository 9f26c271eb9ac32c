using System.Data.Common;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Persistence;

/// <summary>
/// What <see cref="BulkInsert"/> must do on every provider: write rows that EF reads back, and finds by the same
/// queries, exactly as rows SaveChanges wrote (column names, Guid text, instants as ticks on SQLite, decimals, enums).
/// </summary>
internal static class BulkInsertScenarios
{
    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.Parse("2026-05-01T10:11:12.123456Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes one credential with SaveChanges and its twin (other keys) with the bulk insert; returns both as EF reads them.</summary>
    public static async Task<(CredentialEntity ViaSaveChanges, CredentialEntity ViaBulkInsert)> CredentialTwinsAsync(IServiceProvider services)
    {
        var learnerId = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        db.Credentials.Add(Credential(learnerId, 9_000_001));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await db.InsertAsync([Credential(learnerId, 9_000_002)], TestContext.Current.CancellationToken);

        var found = await db.Credentials.AsNoTracking()
            .Where(c => c.LearnerId == learnerId && c.IssuedAt == IssuedAt && c.RevokedAt > IssuedAt)
            .OrderBy(c => c.OutboxId).ToListAsync(TestContext.Current.CancellationToken);
        return (found[0], found[^1]);
    }

    /// <summary>Writes one transcript entry with SaveChanges and its twin with the bulk insert; returns both as EF reads them.</summary>
    public static async Task<(TranscriptEntryEntity ViaSaveChanges, TranscriptEntryEntity ViaBulkInsert)> TranscriptEntryTwinsAsync(IServiceProvider services)
    {
        var learnerId = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var saved = TranscriptEntry(learnerId);
        db.TranscriptEntries.Add(saved);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var bulk = TranscriptEntry(learnerId);
        await db.InsertAsync([bulk], TestContext.Current.CancellationToken);

        var found = await db.TranscriptEntries.AsNoTracking()
            .Where(t => t.LearnerId == learnerId && t.State == TranscriptEntryState.Approved && t.Credits > 1m)
            .ToListAsync(TestContext.Current.CancellationToken);
        return (found.Single(t => t.CredentialId == saved.CredentialId), found.Single(t => t.CredentialId == bulk.CredentialId));
    }

    /// <summary>Bulk-inserts <paramref name="count"/> credentials in one call; returns how many EF then finds.</summary>
    public static async Task<int> InsertManyAsync(IServiceProvider services, int count)
    {
        var learnerId = Guid.NewGuid();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        await db.InsertAsync([.. Enumerable.Range(0, count).Select(i => Credential(learnerId, 8_000_000 + i))], TestContext.Current.CancellationToken);
        return await db.Credentials.CountAsync(c => c.LearnerId == learnerId, TestContext.Current.CancellationToken);
    }

    /// <summary>Bulk-inserts a credential for an outbox row that already has one; returns what was thrown.</summary>
    public static async Task<Exception?> DuplicateOutboxIdAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        await db.InsertAsync([Credential(Guid.NewGuid(), 7_000_001)], TestContext.Current.CancellationToken);
        return await Record.ExceptionAsync(() => db.InsertAsync([Credential(Guid.NewGuid(), 7_000_001)], TestContext.Current.CancellationToken));
    }

    /// <summary>Bulk-inserts an outbox row, whose key the database generates; returns what was thrown.</summary>
    public static async Task<Exception?> StoreGeneratedKeyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        IssuanceOutboxEntity row = new() { LearnerId = Guid.NewGuid(), DefinitionId = "bulk-insert-def", CreatedAt = IssuedAt };
        return await Record.ExceptionAsync(() => db.InsertAsync([row], TestContext.Current.CancellationToken));
    }

    public static bool IsDbException(Exception? exception) => exception is DbException;

    private static CredentialEntity Credential(Guid learnerId, long outboxId) => new()
    {
        Id = Guid.NewGuid(),
        OutboxId = outboxId,
        LearnerId = learnerId,
        DefinitionId = "bulk-insert-def",
        DefinitionVersion = 3,
        IssuedAt = IssuedAt,
        ValidUntil = null,
        Json = """{"name":"Fundamentos ¿ñ? ✓"}""",
        Jwt = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
        StatusList = 9,
        StatusIndex = (int)(outboxId % 131_072),
        RevokedAt = IssuedAt.AddDays(2),
        RevocationReason = "Revocada por error de captura",
        VerificationCount = 7,
    };

    private static TranscriptEntryEntity TranscriptEntry(Guid learnerId) => new()
    {
        CredentialId = Guid.NewGuid(),
        LearnerId = learnerId,
        LearnerSisId = "sis-42",
        DefinitionId = "bulk-insert-def",
        DefinitionVersion = 3,
        CredentialName = "Fundamentos de insignias abiertas",
        CourseKey = "demo/OBP101",
        Term = "2026-1",
        Credits = 2.5m,
        EarnedAt = IssuedAt,
        State = TranscriptEntryState.Approved,
        StateChangedAt = IssuedAt.AddHours(1),
        RejectionReason = null,
        LastError = "SIS respondió 503",
        SyncAttempts = 2,
        SisResultId = null,
        SyncedAt = null,
    };
}
