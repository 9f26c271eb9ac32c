using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>Reads issued credentials and counts verifications (a number per credential, nothing about who asked).</summary>
internal sealed class CredentialQueries(InsigniaDbContext db, Registrar.VerificationDays days)
{
    public Task<CredentialEntity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<CredentialEntity?> FindByStatusAsync(int list, int index, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().FirstOrDefaultAsync(c => c.StatusList == list && c.StatusIndex == index, cancellationToken);

    /// <summary>Adds one to the credential's count and to its definition's count for today (the insights chart).</summary>
    public async Task CountVerificationAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.Credentials.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.VerificationCount, c => c.VerificationCount + 1), cancellationToken);
        if (await db.Credentials.AsNoTracking().Where(c => c.Id == id).Select(c => c.DefinitionId).FirstOrDefaultAsync(cancellationToken) is { } definitionId)
        {
            await days.CountAsync(definitionId, cancellationToken);
        }
    }
}
