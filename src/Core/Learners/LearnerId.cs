namespace Insignia.Core.Learners;

/// <summary>Insignia's own identifier for a learner, independent of any platform.</summary>
/// <param name="Value">The identifier.</param>
public readonly record struct LearnerId(Guid Value)
{
    /// <summary>Creates a new, random learner identifier.</summary>
    /// <returns>A fresh identifier.</returns>
    public static LearnerId New() => new(Guid.CreateVersion7());

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D");
}
