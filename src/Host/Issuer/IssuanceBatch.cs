using Insignia.Core.Achievements;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Issuer;

/// <summary>
/// The rows one worker leased, with what issuing them needs, loaded in bulk. <see cref="GuardRefusals"/> holds, per
/// definition, the attendance guard's refusal (null when the rule passes): the guard reads only the rule, so it is
/// checked once per definition and batch rather than once per row.
/// </summary>
internal sealed record IssuanceBatch(
    string LeaseToken,
    IReadOnlyList<IssuanceOutboxEntity> Rows,
    IReadOnlyDictionary<(string Id, int Version), CredentialDefinition> Definitions,
    IReadOnlyDictionary<(string DefinitionId, Guid LearnerId), DecisionEntity> Decisions,
    IReadOnlyDictionary<Guid, LearnerEntity> Learners,
    IReadOnlyDictionary<(string Id, int Version), string?> GuardRefusals);
