namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One user of <c>core_enrol_get_enrolled_users</c>. Name and email are personal data: passed through, never logged.</summary>
internal sealed record EnrolledUser
{
    public long Id { get; init; }

    public string? Fullname { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<EnrolledUserRole> Roles { get; init; } = [];
}
