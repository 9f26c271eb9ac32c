using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Persistence;

/// <summary>Applies pending migrations before the host starts serving (and before any CLI verb runs).</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, PersistenceOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStart)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsigniaDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
