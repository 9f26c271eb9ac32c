using Insignia.Core.Criteria;

namespace Insignia.Host.Evaluation;

/// <summary>A decision for one learner on one definition version, as the evaluation reports it.</summary>
internal sealed record LearnerDecision(string DefinitionId, int DefinitionVersion, Guid LearnerId, string ExternalId, Decision Decision);
