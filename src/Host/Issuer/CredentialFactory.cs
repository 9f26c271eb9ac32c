using System.Text.Json;
using Insignia.Core.Credentials;
using Insignia.Core.Criteria;
using Insignia.Core.Linked;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Insignia.Host.Evaluation;
using Insignia.Host.Persistence.Entities;

namespace Insignia.Host.Issuer;

/// <summary>Turns one leased outbox row into a signed credential, re-checking the decision and the attendance guard first.</summary>
internal sealed class CredentialFactory(IssuerDirectory directory, EddsaRdfc2022Signer signer, VcJwtSigner jwtSigner, StatusListPublisher status)
{
    public IssuanceOutcome Issue(
        IssuanceOutboxEntity row, IssuanceBatch batch, IssuerSigningKey key, VcJwtSigningKey? jwtKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!batch.Definitions.TryGetValue((row.DefinitionId, row.DefinitionVersion), out var definition))
        {
            return IssuanceOutcome.Refused(row, $"Definition {row.DefinitionId} v{row.DefinitionVersion} no longer exists.");
        }

        if (!batch.Decisions.TryGetValue((row.DefinitionId, row.LearnerId), out var decisionRow) || decisionRow.Outcome != DecisionOutcome.Met)
        {
            return IssuanceOutcome.Refused(row, "The learner's decision is no longer Met.");
        }

        if (batch.GuardRefusals.GetValueOrDefault((row.DefinitionId, row.DefinitionVersion)) is { } refusal)
        {
            return IssuanceOutcome.Refused(row, refusal);
        }

        if (!batch.Learners.TryGetValue(row.LearnerId, out var learner))
        {
            return IssuanceOutcome.Refused(row, "The learner no longer exists.");
        }

        var explanation = JsonSerializer.Deserialize<RuleResult>(decisionRow.ExplanationJson, DecisionJson.Options)!;
        var decision = new Decision(DecisionOutcome.Met, explanation) { EvidenceUsed = [.. LeafEvidence(explanation)] };
        var credentialId = Guid.CreateVersion7(now);
        var (list, index) = StatusAllocation.For(row.Id);
        var request = new CredentialRequest(
            definition,
            decision,
            directory.Profile,
            new CredentialRecipient(RecipientIdentity.NewSalt()) { Did = learner.Did, Email = learner.Email, DisplayName = learner.DisplayName },
            directory.CredentialUrl(credentialId),
            directory.AchievementUrl(definition.Id, definition.Version),
            now)
        {
            IncludePersonalData = directory.Options.IncludePersonalData,
            CredentialStatus = status.EntryFor(list, index),
        };
        try
        {
            var credential = OpenBadgeCredentialBuilder.Build(request, checkTerms: false); // the signer's safe mode refuses dropped terms
            var jwt = jwtKey is null ? null : jwtSigner.Sign(credential, jwtKey); // over the credential without its proof
            signer.AddProof(credential, new DataIntegrityProofOptions(key.VerificationMethod, now), key.Key, cancellationToken); // ours: no copy needed
            return IssuanceOutcome.Issued(row, new CredentialEntity
            {
                Id = credentialId,
                OutboxId = row.Id,
                LearnerId = row.LearnerId,
                DefinitionId = row.DefinitionId,
                DefinitionVersion = row.DefinitionVersion,
                IssuedAt = now,
                ValidUntil = definition.Validity?.AddTo(now),
                Json = credential.ToJsonString(),
                Jwt = jwt,
                StatusList = list,
                StatusIndex = index,
            });
        }
        catch (Exception ex) when (ex is CredentialBuildException or JsonLdException)
        {
            return IssuanceOutcome.Failed(row, ex.Message);
        }
    }

    private static IEnumerable<Core.Evidence.EvidenceRecord> LeafEvidence(RuleResult node) =>
        node.Children.Count == 0 ? node.Evidence : node.Children.SelectMany(LeafEvidence);
}
