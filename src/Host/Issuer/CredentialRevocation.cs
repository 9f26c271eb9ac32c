using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>Revokes a credential with a reason. Nothing is deleted; the status bit flips on the next list request.</summary>
internal sealed class CredentialRevocation(InsigniaDbContext db, TimeProvider time, ILogger<CredentialRevocation> logger)
{
    public async Task<RevocationResult> RevokeAsync(Guid credentialId, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            return new RevocationResult(RevocationResult.ReasonRequired, "Give a reason of 1 to 500 characters; it is published in the revocation list.");
        }

        var now = time.GetUtcNow();
        var trimmed = reason.Trim();
        var changed = await db.Credentials.Where(c => c.Id == credentialId && c.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevocationReason, trimmed), cancellationToken);
        if (changed == 1)
        {
            Log.CredentialRevoked(logger, credentialId);
            return new RevocationResult(null, $"Credential {credentialId} revoked.");
        }

        return await db.Credentials.AnyAsync(c => c.Id == credentialId, cancellationToken)
            ? new RevocationResult(RevocationResult.AlreadyRevoked, $"Credential {credentialId} was already revoked; nothing changed.")
            : new RevocationResult(RevocationResult.NotFound, $"There is no credential {credentialId}.");
    }
}
