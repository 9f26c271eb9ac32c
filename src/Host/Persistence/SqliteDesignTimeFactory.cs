using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Insignia.Host.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInsigniaDbContext>
{
    public SqliteInsigniaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInsigniaDbContext>().UseSqlite("Data Source=design.db").Options);
}
