using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>Reads issued credentials and counts verifications (a number per credential, nothing about who asked).</summary>
internal sealed class CredentialQueries(InsigniaDbContext db)
{
    public Task<CredentialEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<CredentialEntity?> FindByStatusAsync(int list, int index, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.StatusList == list && c.StatusIndex == index, cancellationToken);

    public Task CountVerificationAsync(Guid id, CancellationToken cancellationToken) =>
        db.Credentials.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.VerificationCount, c => c.VerificationCount + 1), cancellationToken);
}
