namespace Insignia.Core.Evidence;

/// <summary>The natural key of an <see cref="EvidenceRecord"/>: records with the same key replace each other.</summary>
/// <param name="Source">The connection name.</param>
/// <param name="Activity">The assessed activity.</param>
/// <param name="LearnerId">The learner's id in the source.</param>
/// <param name="Attempt">The attempt id, empty for the single record.</param>
public readonly record struct EvidenceKey(string Source, ActivityKey Activity, string LearnerId, string Attempt);
