using System.Text.Json;
using Insignia.Core.Credentials;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>
/// The issuer profile saved from the admin pages (table issuer_profiles). Saving updates <see cref="IssuerDirectory"/> at
/// once; other instances pick it up when they start (<see cref="IssuerProfileLoader"/>).
/// </summary>
internal sealed class IssuerProfileStore(InsigniaDbContext db, IssuerDirectory directory, TimeProvider time)
{
    public async Task<IssuerProfile?> FindAsync(CancellationToken cancellationToken)
    {
        var row = await db.IssuerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.IssuerId == directory.IssuerId, cancellationToken);
        return row is null ? null : ToProfile(row);
    }

    public async Task SaveAsync(IssuerProfile profile, CancellationToken cancellationToken)
    {
        var row = await db.IssuerProfiles.FirstOrDefaultAsync(p => p.IssuerId == directory.IssuerId, cancellationToken);
        if (row is null)
        {
            row = new IssuerProfileEntity { IssuerId = directory.IssuerId, Name = string.Empty, Url = string.Empty };
            db.IssuerProfiles.Add(row);
        }

        row.Name = profile.Name;
        row.Url = profile.Url.AbsoluteUri;
        row.Email = profile.Email;
        row.Image = profile.Image?.AbsoluteUri;
        row.Description = profile.Description;
        row.OtherIdentifiersJson = JsonSerializer.Serialize(profile.OtherIdentifiers.Select(i => new StoredIdentifier(i.Identifier, i.IdentifierType)));
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        directory.UseProfile(profile);
    }

    private IssuerProfile ToProfile(IssuerProfileEntity row) => new(directory.IssuerDid, row.Name, new Uri(row.Url))
    {
        Email = row.Email,
        Image = row.Image is null ? null : new Uri(row.Image),
        Description = row.Description,
        OtherIdentifiers = [.. (JsonSerializer.Deserialize<List<StoredIdentifier>>(row.OtherIdentifiersJson) ?? []).Select(i => new IssuerIdentifier(i.Identifier, i.IdentifierType))],
    };

    private sealed record StoredIdentifier(string Identifier, string IdentifierType);
}
