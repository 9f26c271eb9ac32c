using Insignia.Adapters.Canvas.Contracts;

namespace Insignia.Adapters.Canvas.Mapping;

/// <summary>A course's assignments by id: names, points possible, rubric criteria and quiz kinds for the mappers.</summary>
internal sealed class CanvasAssignmentIndex
{
    private readonly Dictionary<long, CanvasAssignment> _byId;

    public CanvasAssignmentIndex(IEnumerable<CanvasAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        _byId = [];
        foreach (var assignment in assignments)
        {
            _byId[assignment.Id] = assignment;
        }
    }

    public static CanvasAssignmentIndex Empty { get; } = new([]);

    public IEnumerable<CanvasAssignment> All => _byId.Values.OrderBy(a => a.Id);

    /// <summary>Gets the classic quizzes (assignments backed by a quiz id), in a stable order.</summary>
    public IReadOnlyList<long> ClassicQuizIds =>
        [.. _byId.Values.Where(a => a.IsQuizAssignment == true && a.QuizId is not null).Select(a => a.QuizId!.Value).Distinct().Order()];

    public CanvasAssignment? Find(long assignmentId) => _byId.GetValueOrDefault(assignmentId);

    public string? QuizName(long quizId) => _byId.Values.FirstOrDefault(a => a.QuizId == quizId)?.Name;

    /// <summary>
    /// Whether an assignment is a New Quiz: New Quizzes are <c>external_tool</c> assignments launched from the
    /// quiz-lti tool (newer Canvas also flags them with <c>is_quiz_lti_assignment</c>).
    /// </summary>
    public static bool IsNewQuiz(CanvasAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return assignment.IsQuizLtiAssignment == true
            || (assignment.SubmissionTypes.Contains("external_tool", StringComparer.Ordinal)
                && assignment.ExternalToolTagAttributes?.Url?.Contains("quiz-lti", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static double? CriterionPoints(CanvasAssignment? assignment, string criterionId) =>
        assignment?.Rubric?.FirstOrDefault(c => c.Id == criterionId)?.Points;

    public static string? CriterionName(CanvasAssignment? assignment, string criterionId) =>
        assignment?.Rubric?.FirstOrDefault(c => c.Id == criterionId)?.Description;
}
