namespace Insignia.Adapters.Moodle.Contracts;

/// <summary>
/// One activity's completion for one user. <c>state</c>: 0 incomplete, 1 complete, 2 complete-pass,
/// 3 complete-fail; <c>tracking</c>: 0 none, 1 manual, 2 automatic.
/// </summary>
internal sealed record ActivityCompletionStatus
{
    public long Cmid { get; init; }

    public string? Modname { get; init; }

    public long Instance { get; init; }

    public int State { get; init; }

    public long Timecompleted { get; init; }

    public int Tracking { get; init; }

    public long? Overrideby { get; init; }

    public IReadOnlyList<CompletionRuleDetail> Details { get; init; } = [];
}
