using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>One gradebook item mapped to its activity key.</summary>
/// <param name="Key">The activity key the item's grade is recorded under.</param>
/// <param name="Item">The item with one user's grade.</param>
internal sealed record GradebookEntry(ActivityKey Key, GradeItem Item)
{
    /// <summary>Gets a value indicating whether the learner may see the grade: hidden and not-yet-released grades are not evidence.</summary>
    public bool IsVisible => !Item.Gradeishidden && !Item.Gradehiddenbydate;

    public bool HasGrade => Item.Graderaw is not null;

    /// <summary>Gets the latest Moodle time the grade changed (graded or submitted), in Unix seconds.</summary>
    public long LastChanged => Math.Max(Item.Gradedategraded ?? 0, Item.Gradedatesubmitted ?? 0);
}
