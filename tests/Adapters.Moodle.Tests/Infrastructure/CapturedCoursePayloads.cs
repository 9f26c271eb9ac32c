using System.Globalization;

namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>
/// The captured course OBP101 (id 2, learners 3-7). Bulk calls are served from the real captures verbatim.
/// Moodle's per-user calls were captured for one user each (best grade: user 5, attempts: user 3, activity
/// completion: user 5, course completion: user 3); for the other learners this class GENERATES answers from
/// the captured shape, filled with that learner's grades from the captured gradebook and the README's table.
/// <c>mod_quiz_get_quizzes_by_courses</c> and <c>mod_assign_get_assignments</c> have no capture and are
/// constructed from Moodle's return definitions; competency ratings are generated from the moodle-docs shape.
/// </summary>
internal sealed class CapturedCoursePayloads : IMoodlePayloads
{
    private readonly CapturedGradebook _grades = new();

    public MoodleReply? Reply(MoodleCall call)
    {
        var user = call.UserId ?? 0;
        var body = call.Function switch
        {
            "core_webservice_get_site_info" => MoodleFixtureFiles.Captured("core_webservice_get_site_info"),
            "core_course_get_courses_by_field" => MoodleFixtureFiles.Captured("core_course_get_courses_by_field"),
            "core_course_get_contents" => MoodleFixtureFiles.Captured("core_course_get_contents"),
            "core_enrol_get_enrolled_users" => MoodleFixtureFiles.Captured("core_enrol_get_enrolled_users"),
            "gradereport_user_get_grade_items" => MoodleFixtureFiles.Captured("gradereport_user_get_grade_items"),
            "mod_assign_get_grades" => MoodleFixtureFiles.Captured("mod_assign_get_grades"),
            "mod_assign_get_submissions" => MoodleFixtureFiles.Captured("mod_assign_get_submissions"),
            "core_competency_list_course_competencies" => MoodleFixtureFiles.Captured("core_competency_list_course_competencies"),
            "mod_quiz_get_user_best_grade" when user == 5 => MoodleFixtureFiles.Captured("mod_quiz_get_user_best_grade__user5"),
            "mod_quiz_get_user_best_grade" => BestGrade(user),
            "mod_quiz_get_user_attempts" when user == 3 => MoodleFixtureFiles.Captured("mod_quiz_get_user_attempts__user3"),
            "mod_quiz_get_user_attempts" => Attempts(user),
            "core_completion_get_activities_completion_status" when user == 5 => MoodleFixtureFiles.Captured("core_completion_get_activities_completion_status__user5"),
            "core_completion_get_activities_completion_status" => ActivityCompletion(user),
            "core_completion_get_course_completion_status" when user == 3 => MoodleFixtureFiles.Captured("core_completion_get_course_completion_status__user3"),
            "core_completion_get_course_completion_status" => CourseCompletion(user),
            "tool_lp_data_for_user_competency_summary_in_course" => CompetencySummary(user, long.Parse(call.Form["competencyid"]!, CultureInfo.InvariantCulture)),
            "mod_quiz_get_quizzes_by_courses" => """{"quizzes":[{"id":1,"course":2,"coursemodule":3,"name":"Quiz: LTI basics","grade":10,"sumgrades":2}],"warnings":[]}""",
            "mod_assign_get_assignments" => """{"courses":[{"id":2,"fullname":"Open Badges Pilot 101","assignments":[{"id":1,"cmid":2,"course":2,"name":"Essay: Why verifiable credentials matter","grade":100}]}],"warnings":[]}""",
            _ => null,
        };
        return body is null ? null : MoodleReply.Json(body);
    }

    private string BestGrade(long user)
    {
        var node = MoodleFixtureFiles.CapturedNode("mod_quiz_get_user_best_grade__user5");
        var grade = _grades.Quiz(user);
        node["hasgrade"] = grade is not null;
        node["grade"] = grade;
        return node.ToJsonString();
    }

    private string Attempts(long user)
    {
        var node = MoodleFixtureFiles.CapturedNode("mod_quiz_get_user_attempts__user3");
        var attempts = node["attempts"]!.AsArray();
        if (_grades.Quiz(user) is not { } grade)
        {
            attempts.Clear();
            return node.ToJsonString();
        }

        var attempt = attempts[0]!;
        attempt["userid"] = user;
        attempt["id"] = 100 + user;
        attempt["sumgrades"] = grade / 10 * 2; // user 3: grade 10 of 10 from 2 of 2 marks
        return node.ToJsonString();
    }

    private string ActivityCompletion(long user)
    {
        var node = MoodleFixtureFiles.CapturedNode("core_completion_get_activities_completion_status__user5");
        foreach (var status in node["statuses"]!.AsArray())
        {
            var (state, graded) = status!["modname"]!.GetValue<string>() switch
            {
                "assign" => StateOf(_grades.Essay(user), 50),
                "quiz" => StateOf(_grades.Quiz(user), 6),
                _ => (1, false),
            };
            status["state"] = state;
            status["timecompleted"] = state == 0 ? 0 : 1795871793;
            foreach (var detail in status["details"]!.AsArray())
            {
                detail!["rulevalue"]!["status"] = detail["rulename"]!.GetValue<string>() switch
                {
                    "completionusegrade" => graded ? 1 : 0,
                    _ => state,
                };
            }
        }

        return node.ToJsonString();
    }

    private string CourseCompletion(long user)
    {
        var node = MoodleFixtureFiles.CapturedNode("core_completion_get_course_completion_status__user3");
        var done = new[] { _grades.Essay(user) >= 50, _grades.Quiz(user) >= 6 };
        var status = node["completionstatus"]!;
        status["completed"] = done.All(d => d);
        var criteria = status["completions"]!.AsArray();
        for (var i = 0; i < criteria.Count; i++)
        {
            criteria[i]!["complete"] = done[i];
            criteria[i]!["status"] = done[i] ? "Yes" : "No";
            criteria[i]!["timecompleted"] = done[i] ? 1795871792 : null;
        }

        return node.ToJsonString();
    }

    private static string CompetencySummary(long user, long competencyId)
    {
        var node = MoodleFixtureFiles.DocsNode("tool_lp_data_for_user_competency_summary_in_course");
        var summary = node["usercompetencysummary"]!;
        var listed = MoodleFixtureFiles.CapturedNode("core_competency_list_course_competencies").AsArray()
            .Select(e => e!["competency"]!)
            .First(c => c["id"]!.GetValue<long>() == competencyId);
        summary["competency"]!["competency"] = listed.DeepClone();
        var rating = summary["usercompetencycourse"]!;
        var rated = user is 3 or 4; // the generated ratings: the two learners who pass are proficient
        rating["userid"] = user;
        rating["courseid"] = 2;
        rating["competencyid"] = competencyId;
        rating["grade"] = rated ? 2 : null;
        rating["proficiency"] = rated ? true : null;
        return node.ToJsonString();
    }

    private static (int State, bool Graded) StateOf(double? grade, double pass) =>
        grade is { } g ? (g >= pass ? 2 : 3, true) : (0, false);
}
