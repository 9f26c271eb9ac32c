using Insignia.Core.Ports;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Learners;

/// <summary>Maps platform learner ids to Insignia learners, creating learners the first time they are seen.</summary>
internal sealed class LearnerDirectory(InsigniaDbContext db, TimeProvider time)
{
    public async Task<Dictionary<string, Guid>> EnsureAsync(string source, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        var known = await db.LearnerIdentities.AsNoTracking()
            .Where(i => i.Source == source && externalIds.Contains(i.ExternalId))
            .ToDictionaryAsync(i => i.ExternalId, i => i.LearnerId, StringComparer.Ordinal, cancellationToken);
        var missing = externalIds.Where(id => !known.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return known;
        }

        var now = time.GetUtcNow();
        foreach (var externalId in missing)
        {
            var learner = new LearnerEntity { Id = Guid.CreateVersion7(now), CreatedAt = now };
            learner.Identities.Add(new LearnerIdentityEntity { Source = source, ExternalId = externalId, LearnerId = learner.Id });
            db.Learners.Add(learner);
            known[externalId] = learner.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return known;
    }

    public async Task UpsertMembersAsync(string source, string courseId, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var learners = members.Where(m => m.IsLearner).ToList();
        var ids = await EnsureAsync(source, learners.Select(m => m.ExternalId).ToList(), cancellationToken);
        var learnerIds = ids.Values.ToList();
        var entities = await db.Learners.Where(l => learnerIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var externalIds = learners.Select(m => m.ExternalId).ToList();
        var enrolled = (await db.Enrollments
            .Where(e => e.Source == source && e.CourseId == courseId && externalIds.Contains(e.ExternalId))
            .Select(e => e.ExternalId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var member in learners)
        {
            var entity = entities[ids[member.ExternalId]];
            entity.DisplayName = member.DisplayName ?? entity.DisplayName;
            entity.Email = member.Email ?? entity.Email;
            if (enrolled.Add(member.ExternalId))
            {
                db.Enrollments.Add(new EnrollmentEntity { Source = source, CourseId = courseId, ExternalId = member.ExternalId, SeenAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<List<string>> LearnersOfCourseAsync(string source, string courseId, CancellationToken cancellationToken)
    {
        var enrolled = await db.Enrollments.AsNoTracking()
            .Where(e => e.Source == source && e.CourseId == courseId)
            .Select(e => e.ExternalId)
            .ToListAsync(cancellationToken);
        var withEvidence = await db.Evidence.AsNoTracking()
            .Where(e => e.Source == source && e.CourseId == courseId)
            .Select(e => e.LearnerExternalId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. enrolled.Union(withEvidence, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<Dictionary<Guid, string?>> DisplayNamesAsync(IReadOnlyCollection<Guid> learnerIds, CancellationToken cancellationToken) =>
        await db.Learners.AsNoTracking()
            .Where(l => learnerIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.DisplayName, cancellationToken);
}
