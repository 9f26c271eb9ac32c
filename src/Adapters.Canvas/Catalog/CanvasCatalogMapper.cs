using Insignia.Adapters.Canvas.Contracts;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Courses;

namespace Insignia.Adapters.Canvas.Catalog;

/// <summary>Maps Canvas course structure to the activities rules can refer to.</summary>
internal static class CanvasCatalogMapper
{
    public static IEnumerable<CatalogActivity> FromAssignment(CanvasAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var graded = assignment.GradingType != "not_graded";
        yield return new CatalogActivity(CanvasActivityKeys.Assignment(assignment.Id), assignment.Name)
        {
            MaxPoints = assignment.PointsPossible,
            IsAssessed = graded,
        };

        if (assignment.IsQuizAssignment == true && assignment.QuizId is { } quizId)
        {
            yield return new CatalogActivity(CanvasActivityKeys.Quiz(quizId), assignment.Name)
            {
                MaxPoints = assignment.PointsPossible,
                IsAssessed = true,
            };
        }

        foreach (var criterion in assignment.Rubric ?? [])
        {
            yield return new CatalogActivity(
                CanvasActivityKeys.Rubric(assignment.Id, criterion.Id),
                $"{assignment.Name}: {criterion.Description ?? criterion.Id}")
            {
                MaxLevel = criterion.Points,
                IsAssessed = true,
            };
        }
    }

    public static IEnumerable<CatalogActivity> FromOutcomes(IEnumerable<CanvasOutcomeLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links
            .Select(link => link.Outcome)
            .OfType<CanvasOutcome>()
            .DistinctBy(outcome => outcome.Id)
            .Select(outcome => new CatalogActivity(CanvasActivityKeys.Outcome(outcome.Id), outcome.Title ?? $"Outcome {outcome.Id}")
            {
                MaxLevel = outcome.PointsPossible,
                PassPoints = outcome.MasteryPoints,
                IsAssessed = true,
            });
    }

    public static IEnumerable<CatalogActivity> FromModules(IEnumerable<CanvasModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var item in modules.SelectMany(m => m.Items ?? []))
        {
            if (item.CompletionRequirement is not { } requirement)
            {
                continue;
            }

            yield return new CatalogActivity(CanvasActivityKeys.ModuleItem(item.Id), item.Title)
            {
                PassPoints = requirement.MinScore,
                IsAssessed = requirement.Type is "min_score" or "must_submit",
            };
        }
    }

    public static IEnumerable<CatalogActivity> ForCourse(string courseId)
    {
        yield return new CatalogActivity(CanvasActivityKeys.CourseGrade(courseId), "Course final score") { MaxPoints = 100, IsAssessed = true };
        yield return new CatalogActivity(CanvasActivityKeys.Course(courseId), "Course modules (all requirements met)");
    }
}
