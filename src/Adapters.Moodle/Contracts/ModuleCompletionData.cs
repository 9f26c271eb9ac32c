namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>The completion settings of a module as <c>core_course_get_contents</c> shows them.</summary>
internal sealed record ModuleCompletionData
{
    public bool Isautomatic { get; init; }

    public IReadOnlyList<CompletionRuleDetail> Details { get; init; } = [];
}
