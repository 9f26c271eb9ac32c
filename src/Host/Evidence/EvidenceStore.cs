using Insignia.Core.Evidence;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Evidence;

/// <summary>
/// Stores evidence idempotently: a record is keyed by (source, activity, learner, attempt) and rewritten only
/// when its content hash changes, so re-syncing an unchanged course writes nothing.
/// </summary>
internal sealed class EvidenceStore(InsigniaDbContext db, TimeProvider time)
{
    public async Task<UpsertResult> UpsertPageAsync(string source, string courseId, IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return new UpsertResult(0, 0, new HashSet<string>());
        }

        var latest = new Dictionary<(string Activity, string Learner, string Attempt), EvidenceRecord>();
        foreach (var record in records)
        {
            if (record.Source != source)
            {
                throw new InvalidOperationException($"A record of source '{record.Source}' arrived in a sync of '{source}'.");
            }

            latest[(record.Activity.ToString(), record.LearnerId, record.Attempt)] = record;
        }

        var learners = latest.Keys.Select(k => k.Learner).Distinct().ToList();
        var existing = await db.Evidence
            .Where(e => e.Source == source && e.CourseId == courseId && learners.Contains(e.LearnerExternalId))
            .ToDictionaryAsync(e => (e.Activity, e.LearnerExternalId, e.Attempt), cancellationToken);

        var now = time.GetUtcNow();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        int inserted = 0, updated = 0;
        foreach (var (key, record) in latest)
        {
            var hash = EvidenceContentHash.Compute(record);
            if (existing.TryGetValue(key, out var entity))
            {
                if (entity.ContentHash == hash)
                {
                    continue;
                }

                updated++;
            }
            else
            {
                entity = new EvidenceEntity
                {
                    Source = source,
                    CourseId = courseId,
                    Activity = key.Activity,
                    LearnerExternalId = key.Learner,
                    Attempt = key.Attempt,
                    ContentHash = hash,
                };
                db.Evidence.Add(entity);
                inserted++;
            }

            record.CopyTo(entity, hash, now);
            changed.Add(key.Learner);
        }

        if (changed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return new UpsertResult(inserted, updated, changed);
    }

    public async Task<Dictionary<string, List<EvidenceRecord>>> LoadForLearnersAsync(string source, string courseId, IReadOnlyCollection<string> learners, CancellationToken cancellationToken)
    {
        var rows = await db.Evidence.AsNoTracking()
            .Where(e => e.Source == source && e.CourseId == courseId && learners.Contains(e.LearnerExternalId))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.LearnerExternalId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ToRecord()).ToList(), StringComparer.Ordinal);
    }

    public async Task<Dictionary<ActivityKey, string>> ActivityNamesAsync(string source, string courseId, CancellationToken cancellationToken)
    {
        var rows = await db.Evidence.AsNoTracking()
            .Where(e => e.Source == source && e.CourseId == courseId && e.ActivityName != null)
            .Select(e => new { e.Activity, e.ActivityName })
            .Distinct()
            .ToListAsync(cancellationToken);
        var names = new Dictionary<ActivityKey, string>();
        foreach (var row in rows)
        {
            names.TryAdd(ActivityKey.Parse(row.Activity), row.ActivityName!);
        }

        return names;
    }
}
