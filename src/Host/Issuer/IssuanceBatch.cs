using Insignia.Core.Achievements;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Issuer;

/// <summary>The rows one worker leased, with what issuing them needs, loaded in bulk.</summary>
internal sealed record IssuanceBatch(
    string LeaseToken,
    IReadOnlyList<IssuanceOutboxEntity> Rows,
    IReadOnlyDictionary<(string Id, int Version), CredentialDefinition> Definitions,
    IReadOnlyDictionary<(string DefinitionId, Guid LearnerId), DecisionEntity> Decisions,
    IReadOnlyDictionary<Guid, LearnerEntity> Learners);
