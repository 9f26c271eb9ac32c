using Insignia.Core.Criteria;

namespace Insignia.Host.Persistence.Entities;

/// <summary>The latest decision for a learner on a definition, with its explanation.</summary>
internal sealed class DecisionEntity
{
    public required string DefinitionId { get; set; }

    public Guid LearnerId { get; set; }

    public int DefinitionVersion { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public required string ExplanationJson { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }
}
