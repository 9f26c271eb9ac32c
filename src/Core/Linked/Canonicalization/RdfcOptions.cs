namespace Insignia.Core.Linked.Canonicalization;

/// <summary>Settings for RDFC-1.0, including the limits that stop poison graphs.</summary>
internal sealed record RdfcOptions
{
    public static readonly RdfcOptions Default = new();

    /// <summary>Gets the hash function. <value>Default: SHA-256 (what eddsa-rdfc-2022 uses).</value></summary>
    public RdfcHashAlgorithm HashAlgorithm { get; init; } = RdfcHashAlgorithm.Sha256;

    /// <summary>
    /// Gets the most Hash N-Degree Quads calls allowed for one dataset.
    /// <value>Default: 10,000 (the W3C "evil" graphs need a few hundred; a 10-node clique needs millions).</value>
    /// </summary>
    public int MaxHashNDegreeQuadsCalls { get; init; } = 10_000;

    /// <summary>
    /// Gets the most permutations of related blank nodes examined for one dataset.
    /// <value>Default: 100,000.</value>
    /// </summary>
    public int MaxPermutations { get; init; } = 100_000;

    /// <summary>Gets the deepest nesting of Hash N-Degree Quads calls allowed. <value>Default: 64.</value></summary>
    public int MaxRecursionDepth { get; init; } = 64;
}
