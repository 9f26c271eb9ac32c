using System.Globalization;
using System.Text.Json.Nodes;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>
/// A generated course of <c>learners</c> students (ids from 1000) with the captured course's activities, built by
/// cloning the captured payloads' shapes (enrolled user, gradebook row, assign grade and submission, quiz attempt,
/// completion statuses, competency summary) and filling in deterministic grades. Used by the load scenario.
/// </summary>
internal sealed class SyntheticCoursePayloads : IMoodlePayloads
{
    private const long FirstLearner = 1000;
    private const long Graded = 1795871793;
    private readonly int _learners;
    private readonly string _gradebook;
    private readonly string _grades;
    private readonly string _submissions;
    private readonly JsonNode _enrolledTemplate = MoodleFixtureFiles.CapturedNode("core_enrol_get_enrolled_users")[0]!;
    private readonly CapturedCoursePayloads _captured = new();

    public SyntheticCoursePayloads(int learners)
    {
        _learners = learners;
        _gradebook = Gradebook();
        _grades = AssignRows("mod_assign_get_grades", "grades", (row, id) => row["grade"] = Essay(id).ToString("0.00000", CultureInfo.InvariantCulture));
        _submissions = AssignRows("mod_assign_get_submissions", "submissions", (_, _) => { });
    }

    public static double Essay(long learner) => learner * 37 % 101;

    public static double Quiz(long learner) => learner % 11;

    public MoodleReply? Reply(MoodleCall call)
    {
        var user = call.UserId ?? 0;
        return call.Function switch
        {
            "core_enrol_get_enrolled_users" => MoodleReply.Json(Enrolled(call)),
            "gradereport_user_get_grade_items" => MoodleReply.Json(_gradebook),
            "mod_assign_get_grades" => MoodleReply.Json(_grades),
            "mod_assign_get_submissions" => MoodleReply.Json(_submissions),
            "mod_quiz_get_user_attempts" => MoodleReply.Json(Attempts(user)),
            "mod_quiz_get_user_best_grade" => MoodleReply.Json($$"""{"hasgrade":true,"grade":{{Quiz(user)}},"gradetopass":6,"warnings":[]}"""),
            "core_completion_get_activities_completion_status" => MoodleReply.Json(Completion(user)),
            "core_completion_get_course_completion_status" => MoodleReply.Json(MoodleFixtureFiles.Captured("core_completion_get_course_completion_status__user3")),
            _ => _captured.Reply(call),
        };
    }

    private IEnumerable<long> Learners() => Enumerable.Range(0, _learners).Select(i => FirstLearner + i);

    private string Enrolled(MoodleCall call)
    {
        var from = int.Parse(call.Form["options[0][value]"] ?? "0", CultureInfo.InvariantCulture);
        var count = int.Parse(call.Form["options[1][value]"] ?? "100000", CultureInfo.InvariantCulture);
        var users = new JsonArray();
        foreach (var id in Learners().Skip(from).Take(count))
        {
            var user = _enrolledTemplate.DeepClone();
            user["id"] = id;
            user["fullname"] = $"Learner {id}";
            user["email"] = $"learner{id}@example.com";
            users.Add(user);
        }

        return users.ToJsonString();
    }

    private string Gradebook()
    {
        var node = MoodleFixtureFiles.CapturedNode("gradereport_user_get_grade_items");
        var template = node["usergrades"]![0]!;
        var rows = new JsonArray();
        foreach (var id in Learners())
        {
            var row = template.DeepClone();
            row["userid"] = id;
            foreach (var item in row["gradeitems"]!.AsArray())
            {
                double? grade = item!["itemmodule"]?.GetValue<string>() switch { "assign" => Essay(id), "quiz" => Quiz(id), _ => null };
                if (grade is not null)
                {
                    item["graderaw"] = grade;
                    item["gradedategraded"] = Graded;
                    item["status"] = null;
                }
            }

            rows.Add(row);
        }

        node["usergrades"] = rows;
        return node.ToJsonString();
    }

    private string AssignRows(string fixture, string list, Action<JsonNode, long> fill)
    {
        var node = MoodleFixtureFiles.CapturedNode(fixture);
        var set = node["assignments"]![0]!;
        var template = set[list]![0]!;
        var rows = new JsonArray();
        foreach (var id in Learners())
        {
            var row = template.DeepClone();
            row["id"] = id;
            row["userid"] = id;
            fill(row, id);
            rows.Add(row);
        }

        set[list] = rows;
        return node.ToJsonString();
    }

    private static string Attempts(long learner)
    {
        var node = MoodleFixtureFiles.CapturedNode("mod_quiz_get_user_attempts__user3");
        var attempt = node["attempts"]![0]!;
        attempt["userid"] = learner;
        attempt["sumgrades"] = Quiz(learner) / 10 * 2;
        return node.ToJsonString();
    }

    private static string Completion(long learner)
    {
        var node = MoodleFixtureFiles.CapturedNode("core_completion_get_activities_completion_status__user5");
        foreach (var status in node["statuses"]!.AsArray())
        {
            status!["state"] = status["modname"]!.GetValue<string>() switch
            {
                "assign" => Essay(learner) >= 50 ? 2 : 3,
                "quiz" => Quiz(learner) >= 6 ? 2 : 3,
                _ => 1,
            };
        }

        return node.ToJsonString();
    }
}
