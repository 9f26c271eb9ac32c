namespace Insignia.Core.Ports;

/// <summary>
/// Where an evidence sync stopped. Opaque to Insignia: each adapter decides what it holds (a timestamp for
/// <c>since</c> filters, a next-page URL, content hashes). Stored per (connection, course) after each page.
/// </summary>
/// <param name="Value">The adapter's cursor text; <see langword="null"/> for a first, full sync.</param>
public sealed record SyncCursor(string? Value)
{
    /// <summary>Gets the cursor for a first, full sync.</summary>
    public static SyncCursor Start { get; } = new((string?)null);

    /// <summary>Gets a value indicating whether this cursor starts from scratch.</summary>
    public bool IsStart => Value is null;
}
