namespace Insignia.Core.Learners;

/// <summary>
/// A learner as Insignia knows them: an internal id, the ids each platform uses, and only the personal data a
/// feature needs. The email is kept solely to build a salted-hash identity in credentials; the display name is
/// shown to the learner's instructors and never written into a credential unless the issuer turns that on.
/// </summary>
public sealed record Learner
{
    /// <summary>Gets Insignia's identifier for the learner.</summary>
    public required LearnerId Id { get; init; }

    /// <summary>Gets the learner's identifiers in the connected platforms.</summary>
    public IReadOnlyList<LearnerIdentity> Identities { get; init; } = [];

    /// <summary>Gets the learner's decentralised identifier, when they registered one (preferred credential subject id).</summary>
    public string? Did { get; init; }

    /// <summary>Gets the learner's email, when a platform provided it.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the name instructors see, when a platform provided it.</summary>
    public string? DisplayName { get; init; }
}
