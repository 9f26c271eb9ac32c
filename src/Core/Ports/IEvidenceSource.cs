using Insignia.Core.Courses;

namespace Insignia.Core.Ports;

/// <summary>
/// Pulls assessment and participation evidence from one kind of platform. Implementations are registered as
/// keyed services under their <see cref="PlatformKind"/> and stream pages so that memory is bounded by the page
/// size, never by the course size.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>Streams the evidence of a course that changed since <paramref name="cursor"/>.</summary>
    /// <param name="connection">The connection to read from.</param>
    /// <param name="course">The course to read.</param>
    /// <param name="cursor">Where the previous sync stopped; <see cref="SyncCursor.Start"/> for a full sync.</param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    /// <returns>Pages of records, each with the cursor that resumes after it.</returns>
    /// <exception cref="EvidenceSourceException">The platform still failed after retries, or refused access.</exception>
    IAsyncEnumerable<EvidencePage> ReadSinceAsync(
        SourceConnection connection,
        CourseContext course,
        SyncCursor cursor,
        CancellationToken cancellationToken);
}
