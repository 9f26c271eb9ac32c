namespace Insignia.Core.Criteria;

/// <summary>What a completion leaf requires.</summary>
public enum CompletionRequirement
{
    /// <summary>Completed with a pass grade: assessment.</summary>
    Passed = 0,

    /// <summary>Completed in any way (including view or manual): participation only.</summary>
    Complete = 1,
}
