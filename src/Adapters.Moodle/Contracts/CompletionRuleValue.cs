namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The state of one completion rule (same 0..3 scale as the activity state).</summary>
internal sealed record CompletionRuleValue
{
    public int Status { get; init; }

    public string? Description { get; init; }
}
