using System.Globalization;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>
/// The activity keys the Canvas adapter writes (rules refer to them):
/// <list type="bullet">
/// <item><c>canvas:assignment:&lt;assignmentId&gt;</c>: an assignment's score (New Quizzes included).</item>
/// <item><c>canvas:quiz:&lt;quizId&gt;</c>: a classic quiz's kept score.</item>
/// <item><c>canvas:outcome:&lt;outcomeId&gt;</c>: outcome mastery (rollup: attempt empty; result: attempt = alignment).</item>
/// <item><c>canvas:rubric:&lt;assignmentId&gt;#&lt;criterionId&gt;</c>: the level reached on one rubric criterion; the
/// assignment id comes first because Canvas criterion ids are only unique within a rubric.</item>
/// <item><c>canvas:module-item:&lt;moduleItemId&gt;</c>: a module item's completion requirement.</item>
/// <item><c>canvas:course:&lt;courseId&gt;</c>: course progress (every module requirement met).</item>
/// <item><c>canvas:course-grade:&lt;courseId&gt;</c>: the course's final score (percent).</item>
/// </list>
/// </summary>
internal static class CanvasActivityKeys
{
    public static ActivityKey Assignment(long assignmentId) => Key("assignment", Id(assignmentId));

    public static ActivityKey Quiz(long quizId) => Key("quiz", Id(quizId));

    public static ActivityKey Outcome(string outcomeId) => Key("outcome", outcomeId);

    public static ActivityKey Rubric(long assignmentId, string criterionId) => Key("rubric", $"{Id(assignmentId)}#{criterionId}");

    public static ActivityKey ModuleItem(long moduleItemId) => Key("module-item", Id(moduleItemId));

    public static ActivityKey Course(string courseId) => Key("course", courseId);

    public static ActivityKey CourseGrade(string courseId) => Key("course-grade", courseId);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static ActivityKey Key(string type, string id) => new(CanvasConstants.Platform, type, id);
}
