using Npgsql;

namespace Insignia.Host.Tests.Infrastructure;

/// <summary>
/// A throw-away database on the PostgreSQL server named by INSIGNIA_TEST_POSTGRES (started by .ci/run).
/// Without that variable the tests skip locally; in CI (CI=true) a missing server is a failure.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly string _name = $"insignia_test_{Guid.NewGuid():N}";
    private string? _admin;

    public string ConnectionString { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("INSIGNIA_TEST_POSTGRES");
        if (string.IsNullOrEmpty(_admin))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await create.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString;
    }

    public void RequireServer()
    {
        if (string.IsNullOrEmpty(_admin))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "CI must provide PostgreSQL: .ci/run sets INSIGNIA_TEST_POSTGRES.");
            Assert.Skip("Set INSIGNIA_TEST_POSTGRES to a PostgreSQL connection string to run the PostgreSQL tests.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (string.IsNullOrEmpty(_admin))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
