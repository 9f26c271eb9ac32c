using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>What a sync reads once per course before its steps: the course, its modules, the gradebook and the learners.</summary>
internal sealed class MoodleCourseData(
    MoodleCourse course,
    IReadOnlyList<CourseModule> modules,
    GradebookIndex gradebook,
    IReadOnlyList<long> learners)
{
    private readonly Dictionary<ActivityKey, CourseModule> _byKey = modules
        .Where(m => m.Modname is { Length: > 0 })
        .GroupBy(m => MoodleActivityKeys.Module(m.Modname!, m.Instance))
        .ToDictionary(g => g.Key, g => g.First());

    public MoodleCourse Course => course;

    public long CourseId => course.Id;

    public IReadOnlyList<CourseModule> Modules => modules;

    public GradebookIndex Gradebook => gradebook;

    /// <summary>Gets the learners' user ids in a stable order (for per-learner steps and resumable positions).</summary>
    public IReadOnlyList<long> Learners => learners;

    public string? NameOf(ActivityKey key) => _byKey.TryGetValue(key, out var module) ? module.Name : gradebook.Item(key)?.Itemname;

    public IEnumerable<CourseModule> ModulesOf(string modname) => modules.Where(m => m.Modname == modname);
}
