using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Persistence;

/// <summary>Production: PostgreSQL.</summary>
internal sealed class PostgresInsigniaDbContext(DbContextOptions<PostgresInsigniaDbContext> options) : InsigniaDbContext(options);
