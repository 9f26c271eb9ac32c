using System.Globalization;
using System.Runtime.CompilerServices;
using Insignia.Core.Courses;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;
using Microsoft.Extensions.Options;

namespace Insignia.Host.Demo;

/// <summary>
/// The demo LMS seen through the same ports as a real platform adapter. Pages end on learner boundaries; the
/// cursor is <c>v{dataVersion}:{nextLearner}</c> while a sync is under way and <c>v{dataVersion}:done</c> after
/// it, so a re-sync of unchanged demo data reads nothing.
/// </summary>
internal sealed class DemoEvidenceSource(IOptions<DemoLmsOptions> options) : IEvidenceSource, ICatalogSource, IRosterSource, IConnectionProbe
{
    private const string Done = "done";

    private string DataVersion => $"v1-{options.Value.SyntheticLearners}";

    private int LearnerCount => DemoCourse.Learners.Count + options.Value.SyntheticLearners;

    public async IAsyncEnumerable<EvidencePage> ReadSinceAsync(
        SourceConnection connection,
        CourseContext course,
        SyncCursor cursor,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureDemoCourse(course);
        var next = Resume(cursor);
        if (next is null)
        {
            yield break;
        }

        var page = new List<EvidenceRecord>(options.Value.PageSize + 16);
        for (var index = next.Value; index < LearnerCount; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            page.AddRange(DemoEvidenceGenerator.For(Learner(index), index));
            var last = index == LearnerCount - 1;
            if (page.Count >= options.Value.PageSize || last)
            {
                var resume = last ? Done : (index + 1).ToString(CultureInfo.InvariantCulture);
                yield return new EvidencePage(page, new SyncCursor($"{DataVersion}:{resume}"));
                page = new List<EvidenceRecord>(options.Value.PageSize + 16);
                await Task.Yield();
            }
        }
    }

    public Task<IReadOnlyList<CourseContext>> GetCoursesAsync(SourceConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CourseContext>>([new CourseContext(connection.Name, DemoCourse.CourseId) { Title = DemoCourse.Title }]);

    public Task<IReadOnlyList<CatalogActivity>> GetActivitiesAsync(SourceConnection connection, CourseContext course, CancellationToken cancellationToken)
    {
        EnsureDemoCourse(course);
        return Task.FromResult(DemoCourse.Activities);
    }

    public async IAsyncEnumerable<RosterMember> GetMembersAsync(SourceConnection connection, CourseContext course, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureDemoCourse(course);
        yield return new RosterMember("9001", IsLearner: false) { DisplayName = "Mtra. Sofía Reyes", Email = "sofia.reyes@example.edu.mx" };
        for (var index = 0; index < LearnerCount; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var learner = Learner(index);
            yield return new RosterMember(learner.Id, IsLearner: true) { DisplayName = learner.Name, Email = learner.Email };
        }

        await Task.CompletedTask;
    }

    public Task<ConnectionProbeResult> ProbeAsync(SourceConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult(new ConnectionProbeResult(true, "Insignia demo LMS")
        {
            Release = DataVersion,
            UsableFunctions = ["evidence", "catalog", "roster"],
        });

    private int? Resume(SyncCursor cursor)
    {
        if (cursor.Value is not { } value || !value.StartsWith(DataVersion + ":", StringComparison.Ordinal))
        {
            return 0;
        }

        var rest = value[(DataVersion.Length + 1)..];
        return rest == Done ? null : int.TryParse(rest, CultureInfo.InvariantCulture, out var next) ? next : 0;
    }

    private static DemoLearner Learner(int index) =>
        index < DemoCourse.Learners.Count ? DemoCourse.Learners[index] : DemoEvidenceGenerator.Synthetic(index - DemoCourse.Learners.Count);

    private static void EnsureDemoCourse(CourseContext course)
    {
        if (course.CourseId != DemoCourse.CourseId)
        {
            throw new EvidenceSourceException($"The demo LMS has one course, '{DemoCourse.CourseId}'; '{course.CourseId}' does not exist.")
            {
                Platform = PlatformKind.Demo,
                Code = "unknown_course",
                StatusCode = 404,
            };
        }
    }
}
