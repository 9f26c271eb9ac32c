using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Insignia.Benchmarks.Canvas;

/// <summary>Generates the bodies of a large simulated Canvas course (course 1) on demand, page by page.</summary>
internal sealed class SimulatedCanvasPayloads(int learners, int assignments)
{
    public const int ClassicQuizId = 900;
    private const long FirstLearner = 100_000;
    private static readonly string GradedAt = "2024-05-14T16:20:05Z";

    public int Learners => learners;

    /// <summary>How many items a list has, to page it.</summary>
    public int Count(string kind) => kind switch
    {
        "outcome_results" => learners * 2,
        "assignments" => assignments,
        _ => learners,
    };

    public string Page(string kind, int offset, int size) => Write(writer =>
    {
        switch (kind)
        {
            case "assignments": Assignments(writer); break;
            case "students/submissions": Submissions(writer, offset, size); break;
            case "quiz_submissions": QuizSubmissions(writer, offset, size); break;
            case "outcome_results": OutcomeResults(writer, offset, size); break;
            case "outcome_rollups": Rollups(writer, offset, size); break;
            case "enrollments": Enrollments(writer, offset, size); break;
            case "bulk_user_progress": Progress(writer, offset, size); break;
            case "modules": Modules(writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not simulated.");
        }
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static long Learner(int index) => FirstLearner + index;

    private static double Score(long learner, int assignment) => (learner * 7 + assignment) % 11;

    private void Assignments(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        for (var a = 1; a <= assignments; a++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", a);
            w.WriteString("name", $"Assignment {a}");
            w.WriteNumber("points_possible", 10);
            w.WriteString("grading_type", "points");
            w.WriteStartArray("submission_types");
            w.WriteStringValue(a == assignments ? "online_quiz" : "online_upload");
            w.WriteEndArray();
            w.WriteBoolean("is_quiz_assignment", a == assignments);
            if (a == assignments)
            {
                w.WriteNumber("quiz_id", ClassicQuizId);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void Submissions(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartArray();
        for (var i = offset; i < Math.Min(learners, offset + size); i++)
        {
            var learner = Learner(i);
            w.WriteStartObject();
            w.WriteNumber("user_id", learner);
            w.WriteStartArray("submissions");
            for (var a = 1; a <= assignments; a++)
            {
                w.WriteStartObject();
                w.WriteNumber("id", (learner * 100) + a);
                w.WriteNumber("assignment_id", a);
                w.WriteNumber("user_id", learner);
                w.WriteString("workflow_state", "graded");
                w.WriteNumber("score", Score(learner, a));
                w.WriteString("grade", Score(learner, a).ToString(CultureInfo.InvariantCulture));
                w.WriteString("graded_at", GradedAt);
                w.WriteString("posted_at", GradedAt);
                w.WriteNumber("grader_id", 310);
                w.WriteBoolean("excused", false);
                w.WriteBoolean("missing", false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void QuizSubmissions(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartObject();
        w.WriteStartArray("quiz_submissions");
        for (var i = offset; i < Math.Min(learners, offset + size); i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            w.WriteNumber("quiz_id", ClassicQuizId);
            w.WriteNumber("user_id", Learner(i));
            w.WriteNumber("kept_score", Score(Learner(i), assignments));
            w.WriteNumber("quiz_points_possible", 10);
            w.WriteNumber("attempt", 1);
            w.WriteString("workflow_state", "complete");
            w.WriteString("finished_at", GradedAt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void OutcomeResults(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartObject();
        w.WriteStartArray("outcome_results");
        for (var i = offset; i < offset + size; i++)
        {
            var learner = Learner(i / 2);
            w.WriteStartObject();
            w.WriteString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("score", learner % 5);
            w.WriteBoolean("mastery", learner % 5 >= 3);
            w.WriteNumber("possible", 5);
            w.WriteString("submitted_or_assessed_at", GradedAt);
            w.WriteStartObject("links");
            w.WriteString("user", learner.ToString(CultureInfo.InvariantCulture));
            w.WriteString("learning_outcome", (57 + (i % 2)).ToString(CultureInfo.InvariantCulture));
            w.WriteString("alignment", $"assignment_{1 + (i % 2)}");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void Rollups(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartObject();
        w.WriteStartArray("rollups");
        for (var i = offset; i < Math.Min(learners, offset + size); i++)
        {
            w.WriteStartObject();
            w.WriteStartArray("scores");
            for (var o = 57; o <= 58; o++)
            {
                w.WriteStartObject();
                w.WriteNumber("score", Learner(i) % 5);
                w.WriteString("submitted_at", GradedAt);
                w.WriteStartObject("links");
                w.WriteString("outcome", o.ToString(CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("links");
            w.WriteString("user", Learner(i).ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private void Enrollments(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartArray();
        for (var i = offset; i < Math.Min(learners, offset + size); i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            w.WriteNumber("user_id", Learner(i));
            w.WriteString("type", "StudentEnrollment");
            w.WriteString("updated_at", GradedAt);
            w.WriteStartObject("grades");
            w.WriteNumber("current_score", 80);
            w.WriteNumber("final_score", 70 + (Learner(i) % 30));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void Progress(Utf8JsonWriter w, int offset, int size)
    {
        w.WriteStartArray();
        for (var i = offset; i < Math.Min(learners, offset + size); i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", Learner(i));
            w.WriteStartObject("progress");
            w.WriteNumber("requirement_count", 3);
            w.WriteNumber("requirement_completed_count", 3);
            w.WriteString("completed_at", GradedAt);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Modules(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteNumber("id", 1);
        w.WriteString("name", "Unit 1");
        w.WriteString("state", "completed");
        w.WriteString("completed_at", GradedAt);
        w.WriteStartArray("items");
        Item(w, 11, "Page", null, "must_view", null);
        Item(w, 12, "Assignment", 1, "min_score", 5);
        Item(w, 13, "Assignment", 2, "must_submit", null);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Item(Utf8JsonWriter w, long id, string type, long? contentId, string requirement, double? minScore)
    {
        w.WriteStartObject();
        w.WriteNumber("id", id);
        w.WriteString("title", $"Item {id}");
        w.WriteString("type", type);
        w.WriteNumber("module_id", 1);
        if (contentId is { } content)
        {
            w.WriteNumber("content_id", content);
        }

        w.WriteStartObject("completion_requirement");
        w.WriteString("type", requirement);
        if (minScore is { } min)
        {
            w.WriteNumber("min_score", min);
        }

        w.WriteBoolean("completed", true);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
