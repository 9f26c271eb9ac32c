namespace Insignia.Host.Persistence.Entities;

/// <summary>The issuer profile as edited by an administrator; it overrides the configured one (<c>Insignia:Issuer</c>).</summary>
internal sealed class IssuerProfileEntity
{
    public required string IssuerId { get; set; }

    public required string Name { get; set; }

    public required string Url { get; set; }

    public string? Email { get; set; }

    public string? Image { get; set; }

    public string? Description { get; set; }

    /// <summary>Gets or sets the other identifiers as JSON: <c>[{"identifier": "…", "identifierType": "…"}]</c>.</summary>
    public string OtherIdentifiersJson { get; set; } = "[]";

    public DateTimeOffset UpdatedAt { get; set; }
}
