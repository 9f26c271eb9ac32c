using System.Security.Cryptography;
using System.Text;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Lti.Launch;

/// <summary>
/// Used nonces in the database, shared by every Host instance: inserting the (platform, nonce) row consumes it,
/// and the unique key turns a second insert into a replay. Expired rows are purged now and then.
/// </summary>
internal sealed class DatabaseNonceStore(InsigniaDbContext db, TimeProvider time) : INonceStore
{
    internal const int PurgeEvery = 256;
    private const int MaxNonceLength = 255;
    private static int _insertsAllInstances;

    public async ValueTask<bool> TryConsumeAsync(string platform, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _insertsAllInstances) % PurgeEvery == 0)
        {
            await PurgeExpiredAsync(now, cancellationToken);
        }

        var key = StoredNonce(nonce);
        if (await TryInsertAsync(platform, key, expiresAt, cancellationToken))
        {
            return true;
        }

        // The earlier use may have expired long ago; the lifetime check already bounds replays, so the nonce may be reused.
        var expired = await db.LtiNonces
            .Where(n => n.PlatformName == platform && n.Nonce == key && n.ExpiresAt < now)
            .ExecuteDeleteAsync(cancellationToken);
        return expired > 0 && await TryInsertAsync(platform, key, expiresAt, cancellationToken);
    }

    internal Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.LtiNonces.Where(n => n.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);

    private async Task<bool> TryInsertAsync(string platform, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var entry = db.LtiNonces.Add(new LtiNonceEntity { PlatformName = platform, Nonce = nonce, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached; // leave whatever else the request tracks alone
        }
    }

    /// <summary>Nonces longer than the column are stored as their SHA-256, so a long nonce is never mistaken for a replay.</summary>
    private static string StoredNonce(string nonce) =>
        nonce.Length <= MaxNonceLength ? nonce : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)));
}
