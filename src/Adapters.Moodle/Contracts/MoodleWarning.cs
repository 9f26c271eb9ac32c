namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>A partial failure Moodle reports next to the data (<c>warnings[]</c>).</summary>
internal sealed record MoodleWarning
{
    public string? Item { get; init; }

    public long? Itemid { get; init; }

    public string? Warningcode { get; init; }

    public string? Message { get; init; }
}
