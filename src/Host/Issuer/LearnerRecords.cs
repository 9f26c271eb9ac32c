using System.Text.Json.Nodes;
using Insignia.Core.Credentials;
using Insignia.Core.Criteria;
using Insignia.Core.Proofs;
using Insignia.Host.Definitions;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Issuer;

/// <summary>
/// Builds a learner's CLR 2.0 record on request: their valid (not revoked, not expired) credentials, with
/// <c>isPartOf</c> associations where a credential's rule stacks another held credential, signed like a credential.
/// Nothing is stored; each download is a fresh record.
/// </summary>
internal sealed class LearnerRecords(InsigniaDbContext db, IssuerKeys keys, IssuerDirectory directory, EddsaRdfc2022Signer signer, TimeProvider time)
{
    /// <summary>Returns the signed ClrCredential, or null when the learner holds no valid credential.</summary>
    public async Task<JsonObject?> BuildAsync(Guid learnerId, string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Credentials.AsNoTracking()
            .Where(c => c.LearnerId == learnerId && c.RevokedAt == null)
            .OrderBy(c => c.OutboxId)
            .Select(c => new { c.DefinitionId, c.DefinitionVersion, c.ValidUntil, c.Json })
            .ToListAsync(cancellationToken);
        var valid = rows.Where(c => c.ValidUntil is null || c.ValidUntil > now).ToList();
        var learner = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId).Select(l => new { l.Did, l.Email }).FirstOrDefaultAsync(cancellationToken);
        if (valid.Count == 0 || learner is null)
        {
            return null;
        }

        var credentials = valid.Select(c => (c.DefinitionId, c.DefinitionVersion, Json: JsonNode.Parse(c.Json)!.AsObject())).ToList();
        var request = new ClrRequest(directory.Profile, $"urn:uuid:{Guid.CreateVersion7(now):D}", name, now, [.. credentials.Select(c => c.Json)])
        {
            SubjectDid = learner.Did,
            SubjectEmail = learner.Email,
            FallbackSubjectId = $"urn:uuid:{learnerId:D}",
            Associations = await AssociationsAsync(credentials, cancellationToken),
        };
        using var key = await keys.Ed25519Async(cancellationToken);
        return signer.Sign(ClrCredentialBuilder.Build(request), new DataIntegrityProofOptions(key.VerificationMethod, now), key.Key, cancellationToken);
    }

    /// <summary>A held credential whose definition's rule stacks another held credential's definition: the stacked one is part of it.</summary>
    private async Task<List<ClrAssociation>> AssociationsAsync(
        List<(string DefinitionId, int DefinitionVersion, JsonObject Json)> credentials, CancellationToken cancellationToken)
    {
        var ids = credentials.Select(c => c.DefinitionId).Distinct().ToList();
        var definitions = (await db.Definitions.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken))
            .ToDictionary(d => (d.Id, d.Version), DefinitionStore.Parse);
        var associations = new List<ClrAssociation>();
        foreach (var whole in credentials)
        {
            if (!definitions.TryGetValue((whole.DefinitionId, whole.DefinitionVersion), out var definition))
            {
                continue;
            }

            var stacked = definition.Rule.StackedDefinitions().ToHashSet(StringComparer.Ordinal);
            associations.AddRange(credentials
                .Where(part => stacked.Contains(part.DefinitionId))
                .Select(part => new ClrAssociation(ClrAssociation.IsPartOf, AchievementId(part.Json), AchievementId(whole.Json))));
        }

        return associations;
    }

    private static string AchievementId(JsonObject credential) => (string?)credential["credentialSubject"]?["achievement"]?["id"] ?? string.Empty;
}
