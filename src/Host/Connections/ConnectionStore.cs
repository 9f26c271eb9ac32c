using System.Text.Json;
using Insignia.Core.Ports;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Connections;

/// <summary>Stores platform connections; their secrets go to the <see cref="ISecretStore"/>, never into this table.</summary>
internal sealed class ConnectionStore(InsigniaDbContext db, ISecretStore secrets, TimeProvider time)
{
    public async Task<SourceConnection> AddAsync(string name, string kind, Uri baseUrl, string? secret, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var reference = secret is null ? null : $"connection:{name}";
        if (reference is not null)
        {
            await secrets.SetAsync(reference, secret!, cancellationToken);
        }

        var entity = await db.Connections.FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        if (entity is null)
        {
            entity = new ConnectionEntity { Name = name, Kind = kind, BaseUrl = baseUrl.AbsoluteUri, CreatedAt = time.GetUtcNow() };
            db.Connections.Add(entity);
        }

        entity.Kind = kind;
        entity.BaseUrl = baseUrl.AbsoluteUri;
        entity.SecretReference = reference ?? entity.SecretReference;
        entity.SettingsJson = JsonSerializer.Serialize(settings ?? new Dictionary<string, string>());
        await db.SaveChangesAsync(cancellationToken);
        return ToConnection(entity);
    }

    public async Task<SourceConnection?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var entity = await db.Connections.AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, cancellationToken);
        return entity is null ? null : ToConnection(entity);
    }

    public async Task<IReadOnlyList<SourceConnection>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Connections.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return [.. rows.Select(ToConnection)];
    }

    private static SourceConnection ToConnection(ConnectionEntity entity) => new(entity.Name, entity.Kind, new Uri(entity.BaseUrl))
    {
        SecretReference = entity.SecretReference,
        Settings = JsonSerializer.Deserialize<Dictionary<string, string>>(entity.SettingsJson) ?? [],
    };
}
