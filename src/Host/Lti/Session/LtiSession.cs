namespace Insignia.Host.Lti.Session;

/// <summary>The course session a launch opens, kept in a partitioned cookie.</summary>
/// <param name="PlatformName">The registration name (the connection part of the course key).</param>
/// <param name="ContextId">The LTI context id (the course id part).</param>
/// <param name="UserId">The platform's user id (<c>sub</c>).</param>
/// <param name="IsInstructor">Whether the launch roles make the user an instructor.</param>
/// <param name="ExpiresAt">When the session ends.</param>
internal sealed record LtiSession(string PlatformName, string ContextId, string UserId, bool IsInstructor, DateTimeOffset ExpiresAt)
{
    public const string Purpose = "Insignia.Lti.Session.v1";

    public string? ContextTitle { get; init; }

    /// <summary>Gets the launch's locale (<c>launch_presentation.locale</c>), e.g. <c>es-MX</c>, when the platform sent one.</summary>
    public string? Locale { get; init; }

    public string CourseKey => $"{PlatformName}/{ContextId}";
}
