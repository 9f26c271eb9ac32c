namespace Insignia.Core.Learners;

/// <summary>A learner's identifier in one source system (connection).</summary>
/// <param name="Source">The connection name, e.g. <c>moodle-uabc</c>.</param>
/// <param name="ExternalId">The learner's id there (Moodle user id, Canvas user id, LTI <c>sub</c>).</param>
public sealed record LearnerIdentity(string Source, string ExternalId);
