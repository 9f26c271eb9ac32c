namespace Insignia.Core.Criteria;

/// <summary>A rule node prepared for fast evaluation: leaves are numbered, paths precomputed.</summary>
internal sealed class CompiledNode(CriteriaRule rule, string path, int leafIndex, CompiledNode[] children)
{
    public CriteriaRule Rule { get; } = rule;

    public string Path { get; } = path;

    /// <summary>Gets the leaf's index in <see cref="CompiledCriteria.Leaves"/>, or -1 for a combinator.</summary>
    public int LeafIndex { get; } = leafIndex;

    public CompiledNode[] Children { get; } = children;
}
