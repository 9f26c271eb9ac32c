namespace Insignia.Host.Persistence.Entities;

/// <summary>One version of a credential definition, stored as its JSON form.</summary>
internal sealed class DefinitionEntity
{
    public required string Id { get; set; }

    public int Version { get; set; }

    public required string CourseKey { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
