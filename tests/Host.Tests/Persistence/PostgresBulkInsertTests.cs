using Insignia.Host.Tests.Infrastructure;

namespace Insignia.Host.Tests.Persistence;

/// <summary><see cref="Host.Persistence.BulkInsert"/> on PostgreSQL: the same scenarios as <see cref="BulkInsertTests"/>.</summary>
public sealed class PostgresBulkInsertTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly Lazy<InsigniaAppFactory> _app;

    public PostgresBulkInsertTests(PostgresDatabase database)
    {
        _database = database;
        _app = new Lazy<InsigniaAppFactory>(() => new InsigniaAppFactory { ConnectionString = database.ConnectionString });
    }

    [Fact]
    public async Task Insert_CredentialOnPostgres_ReadsBackAsSaveChangesWrote()
    {
        _database.RequireServer();

        var (saved, bulk) = await BulkInsertScenarios.CredentialTwinsAsync(_app.Value.Services);

        (bulk.Id, bulk.OutboxId, bulk.StatusIndex) = (saved.Id, saved.OutboxId, saved.StatusIndex); // the keys differ by design
        Assert.Equivalent(saved, bulk, strict: true);
    }

    [Fact]
    public async Task Insert_TranscriptEntryOnPostgres_ReadsBackAsSaveChangesWrote()
    {
        _database.RequireServer();

        var (saved, bulk) = await BulkInsertScenarios.TranscriptEntryTwinsAsync(_app.Value.Services);

        bulk.CredentialId = saved.CredentialId; // the key differs by design
        Assert.Equivalent(saved, bulk, strict: true);
    }

    [Fact]
    public async Task Insert_MoreRowsThanOneStatementHoldsOnPostgres_InsertsEveryRow()
    {
        _database.RequireServer();

        var found = await BulkInsertScenarios.InsertManyAsync(_app.Value.Services, 23);

        Assert.Equal(23, found);
    }

    [Fact]
    public async Task Insert_DuplicateOutboxIdOnPostgres_ThrowsDbException()
    {
        _database.RequireServer();

        var thrown = await BulkInsertScenarios.DuplicateOutboxIdAsync(_app.Value.Services);

        Assert.True(BulkInsertScenarios.IsDbException(thrown), thrown?.GetType().FullName ?? "nothing thrown");
    }

    public void Dispose()
    {
        if (_app.IsValueCreated)
        {
            _app.Value.Dispose();
        }
    }
}
