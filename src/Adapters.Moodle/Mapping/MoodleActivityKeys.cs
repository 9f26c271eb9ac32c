using System.Globalization;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Mapping;

/// <summary>
/// Activity keys for Moodle. Activities use the module's <b>instance id</b> (<c>moodle:quiz:42</c> is
/// <c>quiz.id</c> 42, not its course-module id): the evidence functions (<c>mod_assign_get_grades</c>'s
/// <c>assignmentid</c>, <c>mod_quiz_get_user_attempts</c>'s <c>quizid</c>, the gradebook's <c>iteminstance</c>)
/// all speak instance ids, while the cmid appears only in completion and course contents, which carry both.
/// Instance ids are unique per module type, which the <c>type</c> part of the key supplies.
/// </summary>
internal static class MoodleActivityKeys
{
    public const string Platform = "moodle";

    public static ActivityKey Module(string modname, long instance) => new(Platform, Token(modname), Id(instance));

    /// <summary>A gradebook item that is not an activity's main grade (manual items, extra module grade items).</summary>
    public static ActivityKey GradeItem(long gradeItemId) => new(Platform, "gradeitem", Id(gradeItemId));

    /// <summary>The course total of the gradebook.</summary>
    public static ActivityKey CourseGrade(long courseId) => new(Platform, "coursegrade", Id(courseId));

    /// <summary>Course completion.</summary>
    public static ActivityKey Course(long courseId) => new(Platform, "course", Id(courseId));

    public static ActivityKey Competency(long competencyId) => new(Platform, "competency", Id(competencyId));

    /// <summary>A legacy gradebook outcome.</summary>
    public static ActivityKey Outcome(long outcomeId) => new(Platform, "outcome", Id(outcomeId));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Token(string modname)
    {
        var lower = modname.ToLowerInvariant();
        return lower.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-')
            ? lower
            : string.Concat(lower.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
    }
}
