namespace Insignia.Host.Persistence.Entities;

/// <summary>A connection secret, encrypted with ASP.NET Core Data Protection.</summary>
internal sealed class SecretEntity
{
    public required string Name { get; set; }

    public required string ProtectedValue { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
