using Insignia.Host.Lti.Launch;
using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Host.Tests.Lti.Launch;

public sealed class DatabaseNonceStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"insignia-nonce-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TryConsumeAsync_ReplayOnAnotherHostInstance_Rejects()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = new InsigniaAppFactory { ConnectionString = SharedConnectionString };
        await using var second = new InsigniaAppFactory { ConnectionString = SharedConnectionString };

        var firstUse = await ConsumeAsync(first, "moodle", "nonce-a", ct);
        var replay = await ConsumeAsync(second, "moodle", "nonce-a", ct);
        var otherPlatform = await ConsumeAsync(second, "canvas", "nonce-a", ct);

        Assert.Equal((true, false, true), (firstUse, replay, otherPlatform));
    }

    [Fact]
    public async Task TryConsumeAsync_SameNonceInTwoScopes_SecondRejects()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new InsigniaAppFactory { ConnectionString = SharedConnectionString };

        var results = new[] { await ConsumeAsync(app, "moodle", "nonce-b", ct), await ConsumeAsync(app, "moodle", "nonce-b", ct) };

        Assert.Equal([true, false], results);
    }

    [Fact]
    public async Task TryConsumeAsync_VeryLongNonce_ConsumedOnceWithoutError()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new InsigniaAppFactory { ConnectionString = SharedConnectionString };
        var nonce = new string('n', 600);

        var results = new[] { await ConsumeAsync(app, "moodle", nonce, ct), await ConsumeAsync(app, "moodle", nonce, ct) };

        Assert.Equal([true, false], results);
    }

    [Fact]
    public async Task TryConsumeAsync_EarlierUseExpired_AcceptsAndPurgeRemovesExpiredRows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new InsigniaAppFactory { ConnectionString = SharedConnectionString };
        _ = app.Services;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        var time = new FakeTimeProvider(Now);
        var store = new DatabaseNonceStore(db, time);
        await store.TryConsumeAsync("moodle", "old", Now.AddMinutes(5), ct);
        await store.TryConsumeAsync("moodle", "other", Now.AddMinutes(5), ct);
        time.Advance(TimeSpan.FromMinutes(10));

        var reused = await store.TryConsumeAsync("moodle", "old", time.GetUtcNow().AddMinutes(5), ct);
        var purged = await store.PurgeExpiredAsync(time.GetUtcNow(), ct);

        Assert.Equal((true, 1, 1), (reused, purged, await db.LtiNonces.CountAsync(ct)));
    }

    public void Dispose()
    {
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private string SharedConnectionString => $"Data Source={_databasePath};Pooling=False";

    private static async Task<bool> ConsumeAsync(InsigniaAppFactory app, string platform, string nonce, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<INonceStore>();
        return await store.TryConsumeAsync(platform, nonce, Now.AddYears(10), ct);
    }
}
