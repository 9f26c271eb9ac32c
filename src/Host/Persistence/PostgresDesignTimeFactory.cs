using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Insignia.Host.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInsigniaDbContext>
{
    public PostgresInsigniaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresInsigniaDbContext>().UseNpgsql("Host=localhost;Database=insignia_design").Options);
}
