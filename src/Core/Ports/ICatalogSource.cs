using Insignia.Core.Courses;

namespace Insignia.Core.Ports;

/// <summary>Lists the courses of a platform and the activities that rules can refer to.</summary>
public interface ICatalogSource
{
    /// <summary>Lists the courses the connection can see.</summary>
    /// <param name="connection">The connection to read from.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The courses, with titles.</returns>
    /// <exception cref="EvidenceSourceException">The platform still failed after retries, or refused access.</exception>
    Task<IReadOnlyList<CourseContext>> GetCoursesAsync(SourceConnection connection, CancellationToken cancellationToken);

    /// <summary>Lists the graded activities, outcomes and rubric criteria of a course.</summary>
    /// <param name="connection">The connection to read from.</param>
    /// <param name="course">The course.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The activities rules may use.</returns>
    /// <exception cref="EvidenceSourceException">The platform still failed after retries, or refused access.</exception>
    Task<IReadOnlyList<CatalogActivity>> GetActivitiesAsync(
        SourceConnection connection,
        CourseContext course,
        CancellationToken cancellationToken);
}
