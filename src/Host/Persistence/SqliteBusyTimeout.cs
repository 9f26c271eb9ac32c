using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Insignia.Host.Persistence;

/// <summary>
/// Makes SQLite wait for a lock held by another connection inside SQLite itself (short, growing sleeps, up to
/// <see cref="Milliseconds"/>) instead of failing the statement with SQLITE_BUSY at once. Microsoft.Data.Sqlite retries
/// a busy statement only after a fixed sleep of about 150 ms, which concurrent writers (two issuance workers storing
/// and leasing in turn) would otherwise pay for a lock held a few milliseconds.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>The longest wait: the default command timeout, so a stuck lock still fails as it did.</summary>
    public const int Milliseconds = 30_000;

    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds}";
        return command;
    }
}
