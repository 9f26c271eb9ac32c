using System.Runtime.CompilerServices;
using Insignia.Core.Courses;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Host.Lti.Advantage;

/// <summary>
/// Grades from the AGS line items the tool can see in an LTI course (except Insignia's own badge line items), one
/// page per line item. AGS results carry no timestamp, so a record's time is when a sync first observed the value
/// (<see cref="EvidenceRecord.OccurredAtIsObservation"/>): re-syncing unchanged results changes nothing.
/// </summary>
internal sealed class LtiAdvantageEvidenceSource(LtiServiceContext services, AgsClient ags, TimeProvider time) : IEvidenceSource
{
    public async IAsyncEnumerable<EvidencePage> ReadSinceAsync(SourceConnection connection, CourseContext course, SyncCursor cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (platform, context) = await services.FindAsync(connection.Name, course.CourseId, cancellationToken);
        if (context.LineItemsUrl is null)
        {
            yield break;
        }

        var observed = time.GetUtcNow();
        await foreach (var item in ags.ListLineItemsAsync(platform, context.LineItemsUrl, cancellationToken))
        {
            if (item.Id is null || item.Tag == BadgeScorePublisher.BadgeTag)
            {
                continue;
            }

            var activity = new ActivityKey(PlatformKind.LtiAdvantage, "lineitem", item.ResourceId ?? item.Id);
            var records = new List<EvidenceRecord>();
            await foreach (var result in ags.ListResultsAsync(platform, item.Id, cancellationToken))
            {
                if (result.ResultScore is { } score)
                {
                    records.Add(new EvidenceRecord
                    {
                        Source = connection.Name,
                        LearnerId = result.UserId,
                        Activity = activity,
                        ActivityName = item.Label,
                        Kind = EvidenceKind.Score,
                        RawValue = score,
                        MaxValue = result.ResultMaximum ?? 1,
                        OccurredAt = observed,
                        OccurredAtIsObservation = true,
                    });
                }
            }

            yield return new EvidencePage(records, SyncCursor.Start);
        }
    }
}
