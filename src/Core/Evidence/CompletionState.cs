namespace Insignia.Core.Evidence;

/// <summary>The state of a completion record.</summary>
public enum CompletionState
{
    /// <summary>Not completed (or the completion was reset).</summary>
    Incomplete = 0,

    /// <summary>Completed by a rule that involves no assessment (view, manual, submit without grade).</summary>
    Complete = 1,

    /// <summary>Completed because a graded activity reached its pass grade.</summary>
    Passed = 2,

    /// <summary>Completed but the graded activity did not reach its pass grade.</summary>
    Failed = 3,
}
