using Insignia.Core.Courses;
using Insignia.Core.Ports;
using Insignia.Host.Issuer;
using Insignia.Host.Lti.Registrations;
using Insignia.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Lti.Advantage;

/// <summary>
/// Best effort: when a credential is issued for a learner of an LTI course whose platform shared an AGS line-items
/// URL, posts "badge earned" through <see cref="BadgeScorePublisher"/>. Failures are logged (never tokens or names) and dropped.
/// </summary>
internal sealed partial class IssuedBadgeScores(InsigniaDbContext db, LtiContextStore contexts, BadgeScorePublisher publisher, ILogger<IssuedBadgeScores> logger)
{
    /// <summary>Returns whether a score was posted.</summary>
    public async Task<bool> PublishAsync(IssuedCredentialNotice notice, CancellationToken cancellationToken)
    {
        var separator = notice.CourseKey.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var course = new CourseContext(notice.CourseKey[..separator], notice.CourseKey[(separator + 1)..]);
        try
        {
            if (await contexts.FindAsync(course.Source, course.CourseId, cancellationToken) is not { LineItemsUrl: not null })
            {
                return false; // not an LTI course, or its platform offers no AGS
            }

            var userId = await db.LearnerIdentities.AsNoTracking()
                .Where(i => i.Source == course.Source && i.LearnerId == notice.LearnerId)
                .Select(i => i.ExternalId).FirstOrDefaultAsync(cancellationToken);
            if (userId is null)
            {
                return false;
            }

            await publisher.PublishEarnedAsync(course, userId, notice.DefinitionId, notice.DefinitionName, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is EvidenceSourceException or HttpRequestException or DbUpdateException or InvalidOperationException
            or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, notice.CourseKey, notice.DefinitionId, ex.GetType().Name, (ex as EvidenceSourceException)?.Code, (ex as EvidenceSourceException)?.StatusCode);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish the badge score for {CourseKey} / {DefinitionId}: {ErrorType} {Code} HTTP {StatusCode}")]
    private static partial void LogFailed(ILogger logger, string courseKey, string definitionId, string errorType, string? code, int? statusCode);
}
