using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Insignia.Host.Persistence;

/// <summary>The embedded default: SQLite. Instants are stored as UTC ticks so they sort and compare in SQL.</summary>
internal sealed class SqliteInsigniaDbContext(DbContextOptions<SqliteInsigniaDbContext> options) : InsigniaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
