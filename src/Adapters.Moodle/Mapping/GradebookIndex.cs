using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// The course gradebook for every learner, from one <c>gradereport_user_get_grade_items</c> call with
/// <c>userid=0</c>. Other steps consult it: an assignment grade counts only when the gradebook shows it, and
/// quiz pass/fail is judged on the gradebook's quiz grade.
/// </summary>
internal sealed class GradebookIndex
{
    private readonly Dictionary<(ActivityKey Key, long UserId), GradebookEntry> _entries = [];
    private readonly Dictionary<ActivityKey, GradeItem> _items = [];

    private GradebookIndex(long courseId, IReadOnlyList<UserGrades> users)
    {
        Users = users;
        foreach (var user in users)
        {
            foreach (var item in user.Gradeitems)
            {
                if (KeyOf(courseId, item) is not { } key)
                {
                    continue;
                }

                _entries[(key, user.Userid)] = new GradebookEntry(key, item);
                _items.TryAdd(key, item);
            }
        }
    }

    /// <summary>Gets an empty index, for when the gradebook function is unavailable.</summary>
    public static GradebookIndex Empty { get; } = new(0, []);

    public IReadOnlyList<UserGrades> Users { get; }

    public bool IsEmpty => Users.Count == 0;

    public static GradebookIndex From(long courseId, GradeReportResponse report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new GradebookIndex(courseId, report.Usergrades);
    }

    /// <summary>Maps an item to its key: module main grades to <c>moodle:mod:instance</c>, the course total, other items by item id.</summary>
    public static ActivityKey? KeyOf(long courseId, GradeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Itemtype switch
        {
            "course" => MoodleActivityKeys.CourseGrade(courseId),
            "category" => null,
            _ when item.Outcomeid is { } outcome => MoodleActivityKeys.Outcome(outcome),
            "mod" when item.Itemmodule is { Length: > 0 } module && item.Iteminstance is { } instance && (item.Itemnumber ?? 0) == 0
                => MoodleActivityKeys.Module(module, instance),
            _ => MoodleActivityKeys.GradeItem(item.Id),
        };
    }

    public GradebookEntry? Find(ActivityKey key, long userId) => _entries.GetValueOrDefault((key, userId));

    /// <summary>Gets the item's definition (name, maximum) as the first learner's row shows it.</summary>
    public GradeItem? Item(ActivityKey key) => _items.GetValueOrDefault(key);
}
