using Insignia.Host.Issuer;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

/// <summary>The host with the background issuance worker off, so each test drives the outbox itself.</summary>
internal static class IssuerApp
{
    public const string BaseUrl = "https://insignia.test/";

    public static InsigniaAppFactory Create(bool issueJwt = false)
    {
        var app = new InsigniaAppFactory();
        app.Settings["Insignia:Issuance:Workers"] = "0";
        app.Settings["Insignia:Issuer:BaseUrl"] = BaseUrl;
        app.Settings["Insignia:Issuer:IssueJwt"] = issueJwt ? "true" : "false";
        return app;
    }

    /// <summary>Runs worker rounds until no row is left pending.</summary>
    public static async Task DrainAsync(IServiceProvider services, string workerId = "test")
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var settled = await scope.ServiceProvider.GetRequiredService<IssuanceProcessor>().RunOnceAsync(workerId, TestContext.Current.CancellationToken);
            if (settled == 0 && !await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().IssuanceOutbox
                .AnyAsync(o => o.State == IssuanceState.Pending, TestContext.Current.CancellationToken))
            {
                return;
            }
        }
    }

    public static async Task<List<CredentialEntity>> CredentialsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InsigniaDbContext>().Credentials.AsNoTracking()
            .OrderBy(c => c.OutboxId).ToListAsync(TestContext.Current.CancellationToken);
    }
}
