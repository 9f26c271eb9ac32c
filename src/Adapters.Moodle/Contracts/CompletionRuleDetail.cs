namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>One completion rule (<c>completionview</c>, <c>completionpassgrade</c>, ...) and its state.</summary>
internal sealed record CompletionRuleDetail
{
    public string? Rulename { get; init; }

    public CompletionRuleValue? Rulevalue { get; init; }
}
