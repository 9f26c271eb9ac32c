using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Persistence;

public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    [Fact]
    public async Task ConnectionOpened_SqliteContext_WaitsForLocksInsideSqlite()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();

        var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
    }

    public void Dispose() => _app.Dispose();
}
