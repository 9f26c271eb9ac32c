using System.Text.Json.Nodes;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer.ObApi;

/// <summary>Reads one learner's issued credentials for getCredentials, and the learner's minimal profile.</summary>
internal sealed class LearnerCredentials(InsigniaDbContext db)
{
    /// <summary>Returns the total and one page, in issue order; a credential with a VC-JWT goes as its compact JWS.</summary>
    public async Task<(int Total, JsonObject Response)> PageAsync(Guid learnerId, CredentialPage page, CancellationToken cancellationToken)
    {
        var query = db.Credentials.AsNoTracking().Where(c => c.LearnerId == learnerId);
        if (page.Since is { } since)
        {
            var after = since.ToUniversalTime();
            query = query.Where(c => c.IssuedAt > after);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.OutboxId).Skip(page.Offset).Take(page.Limit)
            .Select(c => new { c.Json, c.Jwt }).ToListAsync(cancellationToken);
        var credentials = new JsonArray();
        var jws = new JsonArray();
        foreach (var row in rows)
        {
            if (row.Jwt is { } compact)
            {
                jws.Add(compact);
            }
            else
            {
                credentials.Add(JsonNode.Parse(row.Json));
            }
        }

        return (total, new JsonObject { ["credential"] = credentials, ["compactJwsString"] = jws });
    }

    public async Task<Guid?> LearnerForAsync(string source, string externalId, CancellationToken cancellationToken) =>
        await db.LearnerIdentities.AsNoTracking()
            .Where(i => i.Source == source && i.ExternalId == externalId)
            .Select(i => (Guid?)i.LearnerId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The learner's Profile with no personal data: the DID when known, else a URN of the internal id.</summary>
    public async Task<JsonObject?> ProfileAsync(Guid learnerId, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId).Select(l => new { l.Did }).FirstOrDefaultAsync(cancellationToken);
        return learner is null ? null : new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = learner.Did ?? $"urn:uuid:{learnerId:D}",
            ["type"] = new JsonArray("Profile"),
        };
    }
}
