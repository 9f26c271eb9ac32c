using Insignia.Core.Evidence;

namespace Insignia.Core.Criteria;

/// <summary>A rule leaf: a condition on the evidence of one activity, outcome, criterion or credential.</summary>
public abstract record LeafRule : CriteriaRule
{
    private protected LeafRule()
    {
    }

    /// <summary>Gets the activity the leaf reads, or <see langword="null"/> for a held-credential leaf.</summary>
    public abstract ActivityKey? Target { get; }

    /// <summary>
    /// Gets a value indicating whether the leaf is met only by assessment evidence. The attendance guard treats
    /// every other leaf as satisfiable by participation alone.
    /// </summary>
    public abstract bool IsAssessment { get; }
}
