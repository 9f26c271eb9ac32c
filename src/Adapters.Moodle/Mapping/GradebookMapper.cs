using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>Maps visible gradebook grades to <see cref="EvidenceKind.Score"/> records (outcome items to mastery).</summary>
internal static class GradebookMapper
{
    public static IEnumerable<EvidenceRecord> Map(string source, long courseId, GradebookIndex gradebook)
    {
        ArgumentNullException.ThrowIfNull(gradebook);
        foreach (var user in gradebook.Users)
        {
            foreach (var item in user.Gradeitems)
            {
                if (GradebookIndex.KeyOf(courseId, item) is not { } key
                    || gradebook.Find(key, user.Userid) is not { HasGrade: true, IsVisible: true } entry)
                {
                    continue;
                }

                yield return new EvidenceRecord
                {
                    Source = source,
                    LearnerId = MoodleIds.Learner(user.Userid),
                    Activity = key,
                    Attempt = MoodleAttempts.Final,
                    Kind = key.Type == "outcome" ? EvidenceKind.OutcomeMastery : EvidenceKind.Score,
                    ActivityName = item.Itemname ?? (item.Itemtype == "course" ? "Course total" : null),
                    RawValue = entry.Item.Graderaw,
                    MaxValue = item.Grademax,
                    OccurredAt = MoodleTime.FirstSet(item.Gradedategraded, item.Gradedatesubmitted),
                    Detail = MoodleDetails.Gradebook,
                };
            }
        }
    }
}
