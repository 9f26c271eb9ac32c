namespace Insignia.Host.Lti;

/// <summary>
/// Reads LTI role URIs. Instructor, ContentDeveloper and Administrator (context or institution role, full URI or
/// the short forms some platforms send) see the instructor view; everyone else sees the learner view.
/// </summary>
internal static class LtiRoles
{
    private static readonly string[] TeachingRoles = ["Instructor", "ContentDeveloper", "Administrator", "TeachingAssistant"];

    public static bool IsInstructor(IEnumerable<string> roles) => roles.Any(IsTeachingRole);

    public static bool IsLearner(IEnumerable<string> roles) => roles.Any(r => LastSegment(r) == "Learner");

    private static bool IsTeachingRole(string role)
    {
        return TeachingRoles.Contains(LastSegment(role), StringComparer.Ordinal);
    }

    /// <summary>The role name of a full URI (<c>…/membership#Instructor</c>, <c>…/institution/person#Administrator</c>) or a short form (<c>Instructor</c>).</summary>
    private static string LastSegment(string role)
    {
        var cut = Math.Max(role.LastIndexOf('#'), role.LastIndexOf('/'));
        return cut >= 0 ? role[(cut + 1)..] : role;
    }
}
