using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Registrar;

/// <summary>Counts verifications per credential definition and UTC day, for the insights charts (numbers only).</summary>
internal sealed class VerificationDays(InsigniaDbContext db, TimeProvider time)
{
    public async Task CountAsync(string definitionId, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (await IncrementAsync(definitionId, day, cancellationToken))
        {
            return;
        }

        db.VerificationDays.Add(new VerificationDayEntity { DefinitionId = definitionId, Day = day, Count = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created today's row first: count on it.
            db.ChangeTracker.Clear();
            await IncrementAsync(definitionId, day, cancellationToken);
        }
    }

    private async Task<bool> IncrementAsync(string definitionId, DateOnly day, CancellationToken cancellationToken) =>
        await db.VerificationDays.Where(v => v.DefinitionId == definitionId && v.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Count, v => v.Count + 1), cancellationToken) == 1;
}
