namespace Insignia.Adapters.Moodle.Sessions;

/// <summary>Something the adapter can do, and the web service functions it needs.</summary>
/// <param name="Name">A stable feature name, reported as a degraded feature when functions are missing.</param>
/// <param name="Purpose">What the feature provides, for messages.</param>
/// <param name="Functions">The functions the token's service must include.</param>
internal sealed record MoodleFeature(string Name, string Purpose, IReadOnlyList<string> Functions);
