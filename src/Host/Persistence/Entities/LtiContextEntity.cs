namespace Insignia.Host.Persistence.Entities;

/// <summary>A course (LTI context) seen in a launch, with the LTI Advantage service URLs the platform sent for it.</summary>
internal sealed class LtiContextEntity
{
    public required string PlatformName { get; set; }

    public required string ContextId { get; set; }

    public string? Title { get; set; }

    public string? LineItemsUrl { get; set; }

    public string? MembershipsUrl { get; set; }

    public string Scopes { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}
