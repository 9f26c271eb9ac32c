using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Connections;

/// <summary>What still uses a connection (so it cannot be removed), and its removal with its secret.</summary>
internal sealed class ConnectionUsage(InsigniaDbContext db)
{
    /// <summary>Gets the uses of <paramref name="name"/>: course definitions, sync cursors, an LTI registration, MOOC mappings.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(string name, CancellationToken cancellationToken)
    {
        var prefix = name + "/";
        var uses = new List<string>();
        var definitions = await db.Definitions.AsNoTracking().Where(d => d.CourseKey.StartsWith(prefix)).Select(d => d.Id).Distinct().CountAsync(cancellationToken);
        if (definitions > 0)
        {
            uses.Add($"definitions:{definitions}");
        }

        if (await db.SyncCursors.AsNoTracking().AnyAsync(c => c.Connection == name, cancellationToken))
        {
            uses.Add("sync");
        }

        if (await db.LtiPlatforms.AsNoTracking().AnyAsync(p => p.Name == name, cancellationToken))
        {
            uses.Add("lti");
        }

        var mappings = await db.MoocCourseMappings.AsNoTracking().CountAsync(m => m.Connection == name, cancellationToken);
        if (mappings > 0)
        {
            uses.Add($"mooc:{mappings}");
        }

        return uses;
    }

    /// <summary>Removes the connection and its stored secret; false when there is no such connection.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var entity = await db.Connections.FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        if (entity.SecretReference is { } reference)
        {
            await db.Secrets.Where(s => s.Name == reference).ExecuteDeleteAsync(cancellationToken);
        }

        db.Connections.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
