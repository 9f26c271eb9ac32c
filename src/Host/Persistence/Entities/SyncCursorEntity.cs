namespace Insignia.Host.Persistence.Entities;

/// <summary>Where the last sync of a (connection, course) stopped.</summary>
internal sealed class SyncCursorEntity
{
    public required string Connection { get; set; }

    public required string CourseId { get; set; }

    public string? Cursor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
