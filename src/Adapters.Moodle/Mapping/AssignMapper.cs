using System.Globalization;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// Maps <c>mod_assign_get_grades</c> and <c>mod_assign_get_submissions</c>. A grade is evidence only when it is
/// set (<c>"-1.00000"</c> means no grade), released (not in an unfinished marking-workflow state) and visible in the
/// learner's gradebook; submissions are participation.
/// </summary>
internal static class AssignMapper
{
    private static readonly HashSet<string> UnreleasedStates = new(StringComparer.Ordinal)
    {
        "notmarked", "inmarking", "readyforreview", "inreview", "readyforrelease", "notgraded",
    };

    public static IEnumerable<EvidenceRecord> MapGrades(
        string source,
        AssignGradesResponse grades,
        AssignSubmissionsResponse? submissions,
        GradebookIndex gradebook,
        Func<ActivityKey, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var workflow = (submissions?.Assignments ?? [])
            .SelectMany(a => a.Submissions.Select(s => (Key: (a.Assignmentid, s.Userid, s.Attemptnumber), s.Gradingstatus)))
            .Where(x => x.Gradingstatus is not null)
            .ToDictionary(x => x.Key, x => x.Gradingstatus!);

        foreach (var set in grades.Assignments)
        {
            var key = MoodleActivityKeys.Module("assign", set.Assignmentid);
            foreach (var grade in set.Grades)
            {
                if (ParseGrade(grade.Grade) is not { } points
                    || (workflow.TryGetValue((set.Assignmentid, grade.Userid, grade.Attemptnumber), out var state) && UnreleasedStates.Contains(state))
                    || (!gradebook.IsEmpty && gradebook.Find(key, grade.Userid) is not { HasGrade: true, IsVisible: true }))
                {
                    continue;
                }

                yield return new EvidenceRecord
                {
                    Source = source,
                    LearnerId = MoodleIds.Learner(grade.Userid),
                    Activity = key,
                    Attempt = MoodleAttempts.Attempt(grade.Attemptnumber),
                    Kind = EvidenceKind.Score,
                    ActivityName = nameOf(key),
                    RawValue = points,
                    MaxValue = gradebook.Item(key)?.Grademax,
                    OccurredAt = MoodleTime.FirstSet(grade.Timemodified, grade.Timecreated),
                    Assessor = grade.Grader > 0 ? MoodleIds.Of(grade.Grader) : "auto",
                    Detail = MoodleDetails.AssignGrade,
                };
            }
        }
    }

    public static IEnumerable<EvidenceRecord> MapSubmissions(
        string source,
        AssignSubmissionsResponse submissions,
        Func<ActivityKey, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        foreach (var set in submissions.Assignments)
        {
            var key = MoodleActivityKeys.Module("assign", set.Assignmentid);
            foreach (var submission in set.Submissions.Where(s => s.Status == "submitted"))
            {
                yield return new EvidenceRecord
                {
                    Source = source,
                    LearnerId = MoodleIds.Learner(submission.Userid),
                    Activity = key,
                    Attempt = MoodleAttempts.Submission(submission.Attemptnumber),
                    Kind = EvidenceKind.Participation,
                    ActivityName = nameOf(key),
                    OccurredAt = MoodleTime.FirstSet(submission.Timemodified, submission.Timecreated),
                    Detail = MoodleDetails.Submitted,
                };
            }
        }
    }

    /// <summary>Parses Moodle's string grade; <c>-1</c> (ASSIGN_GRADE_NOT_SET) and anything negative or unparsable is "no grade".</summary>
    public static double? ParseGrade(string? grade) =>
        double.TryParse(grade, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
}
