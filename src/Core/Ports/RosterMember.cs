namespace Insignia.Core.Ports;

/// <summary>A person enrolled in a course, as the platform's roster reports them.</summary>
/// <param name="ExternalId">The person's id in the platform.</param>
/// <param name="IsLearner">Whether the person takes the course (as opposed to teaching it).</param>
public sealed record RosterMember(string ExternalId, bool IsLearner)
{
    /// <summary>Gets the display name, when the platform shares it.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the email, when the platform shares it.</summary>
    public string? Email { get; init; }
}
