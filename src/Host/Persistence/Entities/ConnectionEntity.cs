namespace Insignia.Host.Persistence.Entities;

/// <summary>A configured platform connection; its secret lives in <see cref="SecretEntity"/>.</summary>
internal sealed class ConnectionEntity
{
    public required string Name { get; set; }

    public required string Kind { get; set; }

    public required string BaseUrl { get; set; }

    public string? SecretReference { get; set; }

    public string SettingsJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
}
