using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Insignia's database: SQLite by default, PostgreSQL when the connection string says so.</summary>
internal static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddInsigniaPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PersistenceOptions();
        configuration.GetSection(PersistenceOptions.SectionName).Bind(options);
        options.ConnectionString = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString;
        options.ConnectionString ??= configuration.GetConnectionString("Insignia") ?? DefaultSqliteConnectionString();
        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            services.AddDbContext<InsigniaDbContext, PostgresInsigniaDbContext>(o => o.UseNpgsql(options.ConnectionString));
        }
        else
        {
            services.AddDbContext<InsigniaDbContext, SqliteInsigniaDbContext>(o => o.UseSqlite(options.ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance));
        }

        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    private static string DefaultSqliteConnectionString()
    {
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "insignia.db")}";
    }
}
