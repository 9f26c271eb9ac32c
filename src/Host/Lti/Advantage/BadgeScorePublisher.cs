using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Host.Lti.Advantage;

/// <summary>Publishes "badge earned" to the platform gradebook: a 1/1 score on a tool line item per credential.</summary>
internal sealed class BadgeScorePublisher(LtiServiceContext services, AgsClient ags, TimeProvider time)
{
    public const string BadgeTag = "insignia-badge";

    public async Task PublishEarnedAsync(CourseContext course, string userId, string credentialId, string credentialName, CancellationToken cancellationToken)
    {
        var (platform, context) = await services.FindAsync(course.Source, course.CourseId, cancellationToken);
        if (context.LineItemsUrl is null)
        {
            throw new EvidenceSourceException($"The platform sent no line items URL for course '{course.CourseId}'; enable Assignment and Grade Services for the tool.") { Platform = PlatformKind.LtiAdvantage, Code = "no_service_url" };
        }

        AgsLineItem? lineItem = null;
        await foreach (var item in ags.ListLineItemsAsync(platform, context.LineItemsUrl, cancellationToken))
        {
            if (item.Tag == BadgeTag && item.ResourceId == credentialId)
            {
                lineItem = item;
                break;
            }
        }

        lineItem ??= await ags.CreateLineItemAsync(platform, context.LineItemsUrl, new AgsLineItem { Label = $"Insignia: {credentialName}", ScoreMaximum = 1, Tag = BadgeTag, ResourceId = credentialId }, cancellationToken);
        var score = new AgsScore
        {
            UserId = userId,
            ScoreGiven = 1,
            ScoreMaximum = 1,
            Comment = $"Insignia earned: {credentialName}",
            Timestamp = time.GetUtcNow(),
            ActivityProgress = "Completed",
            GradingProgress = "FullyGraded",
        };
        await ags.PostScoreAsync(platform, lineItem.Id ?? throw new EvidenceSourceException("The platform created a line item without an id.") { Platform = PlatformKind.LtiAdvantage }, score, cancellationToken);
    }
}
