using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Courses;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Catalog;

/// <summary>Maximum points and pass marks of a course's graded modules, each read in bulk where Moodle allows.</summary>
internal sealed class MoodleCatalogPoints(Dictionary<(string Mod, long Instance), double> maxPoints, Dictionary<long, double> quizPass)
{
    public bool IsGraded(CourseModule module) => maxPoints.ContainsKey((module.Modname!, module.Instance));

    public CatalogActivity Describe(CourseModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var rules = module.Completiondata?.Details.Select(d => d.Rulename).ToList() ?? [];
        var max = maxPoints.TryGetValue((module.Modname!, module.Instance), out var m) ? m : (double?)null;
        return new CatalogActivity(MoodleActivityKeys.Module(module.Modname!, module.Instance), module.Name ?? module.Modname!)
        {
            MaxPoints = max,
            PassPoints = module.Modname == "quiz" && quizPass.TryGetValue(module.Instance, out var pass) ? pass : null,
            IsAssessed = max is not null
                || rules.Contains(MoodleDetails.CompletionPassGrade) || rules.Contains(MoodleDetails.CompletionUseGrade),
        };
    }

    /// <summary>Describes gradebook items that are not a module's main grade (manual items, course total).</summary>
    public static IEnumerable<CatalogActivity> OtherGradeItems(long courseId, IReadOnlyList<GradeItem> items) =>
        items
            .Select(i => (Item: i, Key: GradebookIndex.KeyOf(courseId, i)))
            .Where(x => x.Key is { Type: "gradeitem" or "coursegrade" or "outcome" })
            .Select(x => new CatalogActivity(x.Key!.Value, x.Item.Itemname ?? "Course total")
            {
                MaxPoints = x.Item.Grademax,
                IsAssessed = true,
            });

    public static async Task<MoodleCatalogPoints> ReadAsync(
        MoodleSession session, long courseId, IReadOnlyList<CourseModule> modules, IReadOnlyList<GradeItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(items);
        var max = new Dictionary<(string, long), double>();
        foreach (var item in items.Where(i => i is { Itemtype: "mod", Itemmodule.Length: > 0, Iteminstance: not null, Outcomeid: null } && (i.Itemnumber ?? 0) == 0))
        {
            max[(item.Itemmodule!, item.Iteminstance!.Value)] = item.Grademax;
        }

        var pass = new Dictionary<long, double>();
        if (!session.Capabilities.Supports(MoodleFeatures.MaxPoints))
        {
            return new MoodleCatalogPoints(max, pass);
        }

        var courseIds = new MoodleParameters().AddArray("courseids", [courseId]);
        var assignments = await session.Client.CallAsync(
            MoodleFunctions.GetAssignments, courseIds, MoodleJsonContext.Default.AssignmentsResponse, cancellationToken).ConfigureAwait(false);
        foreach (var assignment in assignments.Courses.SelectMany(c => c.Assignments).Where(a => a.Grade > 0))
        {
            max[("assign", assignment.Id)] = assignment.Grade!.Value;
        }

        var quizzes = await session.Client.CallAsync(
            MoodleFunctions.GetQuizzes, courseIds, MoodleJsonContext.Default.QuizzesResponse, cancellationToken).ConfigureAwait(false);
        foreach (var quiz in quizzes.Quizzes.Where(q => q.Grade > 0))
        {
            max[("quiz", quiz.Id)] = quiz.Grade!.Value;
            if (session.Capabilities.Supports(MoodleFeatures.QuizPassGrade) && modules.Any(m => m.Modname == "quiz" && m.Instance == quiz.Id))
            {
                // Without userid Moodle answers for the service user; the grade to pass is the quiz's, whoever asks.
                var best = await session.Client.CallAsync(
                    MoodleFunctions.GetQuizBestGrade, new MoodleParameters().Add("quizid", quiz.Id), MoodleJsonContext.Default.QuizBestGrade, cancellationToken)
                    .ConfigureAwait(false);
                if (best.Gradetopass is { } gradeToPass)
                {
                    pass[quiz.Id] = gradeToPass;
                }
            }
        }

        return new MoodleCatalogPoints(max, pass);
    }

    public static async Task<IReadOnlyList<CatalogActivity>> CompetenciesAsync(MoodleSession session, long courseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.Capabilities.Supports(MoodleFeatures.Competencies))
        {
            return [];
        }

        try
        {
            var entries = await session.Client.CallAsync(
                MoodleFunctions.ListCourseCompetencies, new MoodleParameters().Add("id", courseId),
                MoodleJsonContext.Default.IReadOnlyListCourseCompetencyEntry, cancellationToken).ConfigureAwait(false);
            return [.. entries.Select(e => e.Competency).OfType<MoodleCompetency>().OrderBy(c => c.Id)
                .Select(c => new CatalogActivity(MoodleActivityKeys.Competency(c.Id), c.Shortname ?? c.Idnumber ?? MoodleIds.Of(c.Id))
                {
                    IsAssessed = true,
                    MaxLevel = Mapping.CompetencyMapper.TopScaleValue(c.Scaleconfiguration),
                })];
        }
        catch (EvidenceSourceException ex) when (ex.Code == MoodleErrors.CompetenciesDisabled)
        {
            return [];
        }
    }
}
