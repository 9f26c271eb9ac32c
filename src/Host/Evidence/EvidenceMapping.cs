using Insignia.Core.Evidence;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Evidence;

/// <summary>Maps evidence between Core records and stored rows.</summary>
internal static class EvidenceMapping
{
    public static EvidenceRecord ToRecord(this EvidenceEntity entity) => new()
    {
        Source = entity.Source,
        LearnerId = entity.LearnerExternalId,
        Activity = ActivityKey.Parse(entity.Activity),
        Kind = entity.Kind,
        Attempt = entity.Attempt,
        ActivityName = entity.ActivityName,
        RawValue = entity.RawValue,
        MaxValue = entity.MaxValue,
        Completion = entity.Completion,
        OccurredAt = entity.OccurredAt,
        Assessor = entity.Assessor,
        Detail = entity.Detail,
    };

    public static void CopyTo(this EvidenceRecord record, EvidenceEntity entity, string contentHash, DateTimeOffset storedAt)
    {
        entity.Kind = record.Kind;
        entity.ActivityName = record.ActivityName;
        entity.RawValue = record.RawValue;
        entity.MaxValue = record.MaxValue;
        entity.Completion = record.Completion;
        entity.OccurredAt = record.OccurredAt;
        entity.Assessor = record.Assessor;
        entity.Detail = record.Detail;
        entity.ContentHash = contentHash;
        entity.StoredAt = storedAt;
    }
}
