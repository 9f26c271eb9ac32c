using Insignia.Core.Ports;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Security;

/// <summary>Keeps connection secrets in the database, encrypted with ASP.NET Core Data Protection.</summary>
internal sealed class DataProtectionSecretStore(InsigniaDbContext db, IDataProtectionProvider protection, TimeProvider time) : ISecretStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Insignia.Secrets.v1");

    public async ValueTask<string?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        var row = await db.Secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == reference, cancellationToken);
        return row is null ? null : _protector.Unprotect(row.ProtectedValue);
    }

    public async ValueTask SetAsync(string reference, string secret, CancellationToken cancellationToken)
    {
        var row = await db.Secrets.FirstOrDefaultAsync(s => s.Name == reference, cancellationToken);
        if (row is null)
        {
            row = new SecretEntity { Name = reference, ProtectedValue = string.Empty };
            db.Secrets.Add(row);
        }

        row.ProtectedValue = _protector.Protect(secret);
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
