namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A role a user holds in the course.</summary>
internal sealed record EnrolledUserRole
{
    public long Roleid { get; init; }

    public string? Shortname { get; init; }
}
