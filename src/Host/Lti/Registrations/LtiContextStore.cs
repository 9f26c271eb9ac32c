using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Lti.Registrations;

/// <summary>Remembers each course (LTI context) a launch came from, with the AGS/NRPS URLs the platform sent (UpdatedAt: when they last changed).</summary>
internal sealed class LtiContextStore(InsigniaDbContext db, TimeProvider time)
{
    public async Task UpsertAsync(LtiContextEntity seen, CancellationToken cancellationToken)
    {
        var row = await db.LtiContexts.FirstOrDefaultAsync(c => c.PlatformName == seen.PlatformName && c.ContextId == seen.ContextId, cancellationToken);
        if (row is null)
        {
            row = new LtiContextEntity { PlatformName = seen.PlatformName, ContextId = seen.ContextId };
            db.LtiContexts.Add(row);
        }

        row.Title = seen.Title ?? row.Title;
        row.LineItemsUrl = seen.LineItemsUrl ?? row.LineItemsUrl;
        row.MembershipsUrl = seen.MembershipsUrl ?? row.MembershipsUrl;
        row.Scopes = seen.Scopes.Length > 0 ? seen.Scopes : row.Scopes;
        if (db.ChangeTracker.HasChanges())
        {
            row.UpdatedAt = time.GetUtcNow(); // a repeat launch with the same URLs writes nothing
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    public Task<LtiContextEntity?> FindAsync(string platformName, string contextId, CancellationToken cancellationToken) =>
        db.LtiContexts.AsNoTracking().FirstOrDefaultAsync(c => c.PlatformName == platformName && c.ContextId == contextId, cancellationToken);
}
