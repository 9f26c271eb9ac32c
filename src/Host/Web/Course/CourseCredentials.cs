using Insignia.Host.Lti.Session;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Web.Course;

/// <summary>Reads a course's issued credentials for its pages: counts, the instructor's list, a learner's own.</summary>
internal sealed class CourseCredentials(InsigniaDbContext db)
{
    /// <summary>The instructor's list shows the most recent credentials up to this many.</summary>
    public const int ListLimit = 500;

    /// <summary>Issued and revoked credentials per definition (all versions).</summary>
    public async Task<Dictionary<string, (int Issued, int Revoked)>> CountsAsync(IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken)
    {
        var counts = await db.Credentials.AsNoTracking().Where(c => definitionIds.Contains(c.DefinitionId))
            .GroupBy(c => c.DefinitionId)
            .Select(g => new { g.Key, Issued = g.Count(), Revoked = g.Count(c => c.RevokedAt != null) })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Key, c => (c.Issued, c.Revoked), StringComparer.Ordinal);
    }

    /// <summary>Outbox rows of these definitions still waiting for the issuer.</summary>
    public Task<int> PendingIssuanceAsync(IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken) =>
        db.IssuanceOutbox.AsNoTracking().CountAsync(o => definitionIds.Contains(o.DefinitionId) && o.State == IssuanceState.Pending, cancellationToken);

    /// <summary>The course's credentials, newest first, with the learner's display name.</summary>
    public async Task<List<IssuedCredential>> ForDefinitionsAsync(IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken)
    {
        var newest = db.Credentials.AsNoTracking().Where(c => definitionIds.Contains(c.DefinitionId)).OrderByDescending(c => c.OutboxId).Take(ListLimit);
        var list = await Project(newest).ToListAsync(cancellationToken);
        return [.. list.OrderByDescending(c => c.IssuedAt)];
    }

    /// <summary>One learner's credentials of the given definitions, oldest first.</summary>
    public async Task<List<IssuedCredential>> ForLearnerAsync(Guid learnerId, IReadOnlyCollection<string> definitionIds, CancellationToken cancellationToken)
    {
        var list = await Project(db.Credentials.AsNoTracking().Where(c => c.LearnerId == learnerId && definitionIds.Contains(c.DefinitionId))).ToListAsync(cancellationToken);
        return [.. list.OrderBy(c => c.IssuedAt)];
    }

    /// <summary>The learner behind a launch, when the course's roster or evidence has named them.</summary>
    public Task<Guid?> LearnerIdAsync(LtiSession session, CancellationToken cancellationToken) =>
        db.LearnerIdentities.AsNoTracking()
            .Where(i => i.Source == session.PlatformName && i.ExternalId == session.UserId)
            .Select(i => (Guid?)i.LearnerId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A credential, only when it belongs to one of the course's definitions.</summary>
    public Task<CredentialEntity?> InCourseAsync(Guid id, string courseKey, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking()
            .Where(c => c.Id == id && db.Definitions.Any(d => d.Id == c.DefinitionId && d.CourseKey == courseKey))
            .FirstOrDefaultAsync(cancellationToken);

    public Task<string?> LearnerNameAsync(Guid learnerId, CancellationToken cancellationToken) =>
        db.Learners.AsNoTracking().Where(l => l.Id == learnerId).Select(l => l.DisplayName).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<IssuedCredential> Project(IQueryable<CredentialEntity> credentials) =>
        from c in credentials
        join l in db.Learners on c.LearnerId equals l.Id into learners
        from l in learners.DefaultIfEmpty()
        select new IssuedCredential(c.Id, c.DefinitionId, c.LearnerId, l == null ? null : l.DisplayName, c.IssuedAt, c.ValidUntil, c.RevokedAt, c.RevocationReason);
}
