using System.Text.Json.Nodes;
using Insignia.Core.Credentials;
using Insignia.Core.Proofs;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>Publishes a status list from the credentials table: a signed BitstringStatusListCredential and the 1EdTech revocation list.</summary>
internal sealed class StatusLists(InsigniaDbContext db, StatusListPublisher publisher, IssuerKeys keys, IssuerDirectory directory, EddsaRdfc2022Signer signer, TimeProvider time)
{
    public async Task<JsonObject?> SignedListAsync(int list, CancellationToken cancellationToken)
    {
        if (!await db.Credentials.AnyAsync(c => c.StatusList == list, cancellationToken))
        {
            return null;
        }

        var revoked = await db.Credentials.AsNoTracking()
            .Where(c => c.StatusList == list && c.RevokedAt != null).Select(c => c.StatusIndex).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        using var key = await keys.Ed25519Async(cancellationToken);
        return signer.Sign(publisher.UnsignedList(list, revoked, now), new DataIntegrityProofOptions(key.VerificationMethod, now), key.Key, cancellationToken);
    }

    /// <summary>
    /// The 1EdTech Revocation List form (assumed shape, see docs/issuer.md): the issuer and the ids of its revoked
    /// credentials with their reasons. Unsigned; it is served over https from the issuer's host.
    /// </summary>
    public async Task<JsonObject> RevocationListAsync(CancellationToken cancellationToken)
    {
        var revoked = await db.Credentials.AsNoTracking().Where(c => c.RevokedAt != null)
            .OrderBy(c => c.RevokedAt).Select(c => new { c.Id, c.RevocationReason }).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["id"] = new Uri(directory.BaseUrl, "status/revocations").AbsoluteUri,
            ["issuer"] = directory.IssuerDid,
            ["revokedCredentials"] = new JsonArray([.. revoked.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = directory.CredentialUrl(r.Id).AbsoluteUri,
                ["revocationReason"] = r.RevocationReason,
            })]),
            ["updated"] = OpenBadgeCredentialBuilder.FormatInstant(time.GetUtcNow()),
        };
    }
}
