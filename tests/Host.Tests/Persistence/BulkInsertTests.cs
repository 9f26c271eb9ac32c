using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Persistence;

/// <summary><see cref="Host.Persistence.BulkInsert"/> on SQLite (the PostgreSQL twin is <see cref="PostgresBulkInsertTests"/>).</summary>
public sealed class BulkInsertTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    [Fact]
    public async Task Insert_Credential_ReadsBackAsSaveChangesWrote()
    {
        var (saved, bulk) = await BulkInsertScenarios.CredentialTwinsAsync(_app.Services);

        (bulk.Id, bulk.OutboxId, bulk.StatusIndex) = (saved.Id, saved.OutboxId, saved.StatusIndex); // the keys differ by design
        Assert.Equivalent(saved, bulk, strict: true);
    }

    [Fact]
    public async Task Insert_TranscriptEntry_ReadsBackAsSaveChangesWrote()
    {
        var (saved, bulk) = await BulkInsertScenarios.TranscriptEntryTwinsAsync(_app.Services);

        bulk.CredentialId = saved.CredentialId; // the key differs by design
        Assert.Equivalent(saved, bulk, strict: true);
    }

    [Fact]
    public async Task Insert_MoreRowsThanOneStatementHolds_InsertsEveryRow()
    {
        var found = await BulkInsertScenarios.InsertManyAsync(_app.Services, 23);

        Assert.Equal(23, found);
    }

    [Fact]
    public async Task Insert_DuplicateOutboxId_ThrowsDbException()
    {
        var thrown = await BulkInsertScenarios.DuplicateOutboxIdAsync(_app.Services);

        Assert.True(BulkInsertScenarios.IsDbException(thrown), thrown?.GetType().FullName ?? "nothing thrown");
    }

    [Fact]
    public async Task Insert_EntityWithStoreGeneratedKey_RefusesBeforeWriting()
    {
        var thrown = await BulkInsertScenarios.StoreGeneratedKeyAsync(_app.Services);

        Assert.IsType<NotSupportedException>(thrown);
    }

    public void Dispose() => _app.Dispose();
}
