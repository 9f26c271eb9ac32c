using Insignia.Core.Courses;

namespace Insignia.Core.Ports;

/// <summary>Reads who is enrolled in a course.</summary>
public interface IRosterSource
{
    /// <summary>Streams the members of a course.</summary>
    /// <param name="connection">The connection to read from.</param>
    /// <param name="course">The course.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The members, one page in memory at a time.</returns>
    /// <exception cref="EvidenceSourceException">The platform still failed after retries, or refused access.</exception>
    IAsyncEnumerable<RosterMember> GetMembersAsync(
        SourceConnection connection,
        CourseContext course,
        CancellationToken cancellationToken);
}
