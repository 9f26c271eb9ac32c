
namespace Insignia.Adapters.Moodle.Tests.Infrastructure;

/// <summary>Each learner's essay and quiz grade as the captured gradebook holds them (source for generated per-user answers).</summary>
internal sealed class CapturedGradebook
{
    private readonly Dictionary<(long User, string Module), double?> _grades = [];

    public CapturedGradebook()
    {
        foreach (var user in MoodleFixtureFiles.CapturedNode("gradereport_user_get_grade_items")["usergrades"]!.AsArray())
        {
            var id = user!["userid"]!.GetValue<long>();
            foreach (var item in user["gradeitems"]!.AsArray())
            {
                if (item!["itemmodule"]?.GetValue<string>() is { } module)
                {
                    _grades[(id, module)] = item["graderaw"]?.GetValue<double>();
                }
            }
        }
    }

    public double? Essay(long user) => _grades.GetValueOrDefault((user, "assign"));

    public double? Quiz(long user) => _grades.GetValueOrDefault((user, "quiz"));
}
