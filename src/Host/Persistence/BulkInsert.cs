using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Insignia.Host.Persistence;

/// <summary>
/// Inserts new rows with multi-row INSERT statements, bypassing the change tracker. Table and column names, quoting
/// and value conversion (e.g. SQLite's DateTimeOffset ticks) all come from the EF model and the provider, so the rows
/// read back exactly as if SaveChanges had written them. For entities whose every column the caller sets (no
/// store-generated values); runs in the context's current transaction.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Bound parameters per statement. Small on purpose: Microsoft.Data.Sqlite binds each parameter by name, and SQLite
    /// finds a name by a linear scan, so binding costs grow with the square of the parameters in one statement.
    /// </summary>
    private const int MaxParameters = 100;

    public static async Task<int> InsertAsync<TEntity>(this DbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return 0;
        }

        var table = Table.For(db, typeof(TEntity));
        var perStatement = Math.Max(1, MaxParameters / table.Properties.Count);
        await db.Database.OpenConnectionAsync(cancellationToken); // balanced below; a no-op inside a transaction
        try
        {
            var inserted = 0;
            await using (var full = Command(db, table.Sql(perStatement)))
            {
                for (var start = 0; start + perStatement <= rows.Count; start += perStatement)
                {
                    inserted += await ExecuteAsync(full, table, rows, start, perStatement, cancellationToken);
                }
            }

            var rest = rows.Count % perStatement;
            if (rest > 0)
            {
                await using var last = Command(db, table.Sql(rest));
                inserted += await ExecuteAsync(last, table, rows, rows.Count - rest, rest, cancellationToken);
            }

            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Runs the command for rows [start, start + count); re-running one command lets SQLite reuse its prepared statement.</summary>
    private static async Task<int> ExecuteAsync<TEntity>(
        DbCommand command, Table table, IReadOnlyList<TEntity> rows, int start, int count, CancellationToken cancellationToken)
        where TEntity : class
    {
        command.Parameters.Clear();
        for (var i = 0; i < count; i++)
        {
            table.Bind(command, rows[start + i], i);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The mapped columns of one entity type and the SQL text for n rows.</summary>
    private sealed class Table(string name, IReadOnlyList<IProperty> properties, IReadOnlyList<string> columns)
    {
        public IReadOnlyList<IProperty> Properties => properties;

        public static Table For(DbContext db, Type clrType)
        {
            var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var properties = entity.GetProperties().ToList();
            if (properties.FirstOrDefault(p => p.IsShadowProperty() || IsStoreGeneratedKey(p)) is { } unsupported)
            {
                throw new NotSupportedException($"{clrType.Name}.{unsupported.Name} is a shadow property or a key the database generates; use SaveChanges.");
            }

            var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)).ToList();
            return new Table(sql.DelimitIdentifier(store.Name, store.Schema), properties, columns);
        }

        /// <summary>An identity/autoincrement key: the caller cannot set it (a Guid key is generated on the client).</summary>
        private static bool IsStoreGeneratedKey(IProperty property) =>
            property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && property.ClrType != typeof(Guid);

        public string Sql(int rowCount)
        {
            var text = new StringBuilder("INSERT INTO ").Append(name).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
            for (var row = 0; row < rowCount; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    text.Append(column == 0 ? "@p" : ", @p").Append(row * columns.Count + column);
                }

                text.Append(')');
            }

            return text.ToString();
        }

        public void Bind(DbCommand command, object entity, int row)
        {
            for (var column = 0; column < properties.Count; column++)
            {
                var property = properties[column];
                var parameter = property.GetRelationalTypeMapping()
                    .CreateParameter(command, "@p" + (row * properties.Count + column), property.GetGetter().GetClrValue(entity), property.IsNullable);
                command.Parameters.Add(parameter);
            }
        }
    }
}
