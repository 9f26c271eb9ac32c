using Insignia.Core.Ports;
using Insignia.Host.Connections;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Lti.Registrations;

/// <summary>Platform registrations in the database. Adding one also adds the <c>lti</c> connection of the same name.</summary>
internal sealed class LtiPlatformStore(InsigniaDbContext db, ConnectionStore connections, TimeProvider time) : ILtiPlatformDirectory
{
    public async ValueTask<IReadOnlyList<LtiPlatform>> FindByIssuerAsync(string issuer, CancellationToken cancellationToken)
    {
        var rows = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).Where(p => p.Issuer == issuer).ToListAsync(cancellationToken);
        return [.. rows.Select(ToPlatform)];
    }

    public async Task<LtiPlatform?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var row = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).FirstOrDefaultAsync(p => p.Name == name, cancellationToken);
        return row is null ? null : ToPlatform(row);
    }

    public async Task<IReadOnlyList<LtiPlatform>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(ToPlatform)];
    }

    /// <summary>Adds or updates a registration (keyed by issuer + client id) and adds its deployments.</summary>
    public async Task<LtiPlatform> SaveAsync(LtiPlatform platform, bool createConnection, CancellationToken cancellationToken)
    {
        var row = await db.LtiPlatforms.Include(p => p.Deployments)
            .FirstOrDefaultAsync(p => p.Issuer == platform.Issuer && p.ClientId == platform.ClientId, cancellationToken);
        var now = time.GetUtcNow();
        if (row is null)
        {
            row = new LtiPlatformEntity { Name = platform.Name, Issuer = platform.Issuer, ClientId = platform.ClientId, AuthUrl = "", TokenUrl = "", JwksUrl = "", CreatedAt = now };
            db.LtiPlatforms.Add(row);
        }

        row.AuthUrl = platform.AuthUrl;
        row.TokenUrl = platform.TokenUrl;
        row.JwksUrl = platform.JwksUrl;
        row.AutoOnboardDeployments = platform.AutoOnboardDeployments;
        foreach (var deployment in platform.Deployments.Where(d => row.Deployments.All(e => e.DeploymentId != d)))
        {
            row.Deployments.Add(new LtiDeploymentEntity { PlatformName = row.Name, DeploymentId = deployment, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (createConnection && await connections.FindAsync(row.Name, cancellationToken) is null)
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["issuer"] = row.Issuer, ["clientId"] = row.ClientId };
            await connections.AddAsync(row.Name, PlatformKind.LtiAdvantage, new Uri(row.Issuer), secret: null, settings, cancellationToken);
        }

        return ToPlatform(row);
    }

    public async ValueTask AddDeploymentAsync(LtiPlatform platform, string deploymentId, CancellationToken cancellationToken)
    {
        if (!await db.LtiDeployments.AnyAsync(d => d.PlatformName == platform.Name && d.DeploymentId == deploymentId, cancellationToken))
        {
            db.LtiDeployments.Add(new LtiDeploymentEntity { PlatformName = platform.Name, DeploymentId = deploymentId, CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Removes the registration's deployments that are not in <paramref name="keep"/> (editing from the admin page).</summary>
    public async Task KeepOnlyDeploymentsAsync(string name, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        var rows = await db.LtiDeployments.Where(d => d.PlatformName == name).ToListAsync(cancellationToken);
        db.LtiDeployments.RemoveRange(rows.Where(d => !keep.Contains(d.DeploymentId)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static LtiPlatform ToPlatform(LtiPlatformEntity row) => new(row.Name, row.Issuer, row.ClientId, row.AuthUrl, row.TokenUrl, row.JwksUrl)
    {
        AutoOnboardDeployments = row.AutoOnboardDeployments,
        Deployments = row.Deployments.Select(d => d.DeploymentId).ToHashSet(StringComparer.Ordinal),
    };
}
