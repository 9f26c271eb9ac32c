using System.Runtime.CompilerServices;
using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Host.Lti.Advantage;

/// <summary>The roster of an LTI course, read through NRPS with the URL the platform sent in the launch.</summary>
internal sealed class LtiAdvantageRosterSource(LtiServiceContext services, NrpsClient nrps) : IRosterSource
{
    public async IAsyncEnumerable<RosterMember> GetMembersAsync(SourceConnection connection, CourseContext course, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (platform, context) = await services.FindAsync(connection.Name, course.CourseId, cancellationToken);
        if (context.MembershipsUrl is null)
        {
            throw new EvidenceSourceException($"The platform sent no Names and Roles URL for course '{course.CourseId}'; enable the NRPS service for the tool.") { Platform = PlatformKind.LtiAdvantage, Code = "no_service_url" };
        }

        await foreach (var page in nrps.ReadAsync(platform, context.MembershipsUrl, resourceLinkId: null, cancellationToken))
        {
            foreach (var member in page.Members.Where(m => m.Status == "Active"))
            {
                yield return new RosterMember(member.UserId, LtiRoles.IsLearner(member.Roles)) { DisplayName = member.Name, Email = member.Email };
            }
        }
    }
}
