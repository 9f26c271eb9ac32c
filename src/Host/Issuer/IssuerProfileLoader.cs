using Insignia.Host.Persistence;

namespace Insignia.Host.Issuer;

/// <summary>At start (after the migrations), makes a profile saved from the admin pages the one this instance uses.</summary>
internal sealed class IssuerProfileLoader(IServiceScopeFactory scopes, IssuerDirectory directory, PersistenceOptions persistence) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!persistence.MigrateOnStart)
        {
            return; // without migrations on start the table may not exist yet; the configured profile stays
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IssuerProfileStore>().FindAsync(cancellationToken) is { } saved)
        {
            directory.UseProfile(saved);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
