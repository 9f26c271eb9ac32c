using System.Text.Json;
using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using Insignia.Core.Evidence;
using Insignia.Host.Definitions;
using Insignia.Host.Evidence;
using Insignia.Host.Issuer;
using Insignia.Host.Learners;
using Insignia.Host.Persistence;
using Insignia.Host.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Insignia.Host.Evaluation;

/// <summary>
/// Judges the learners of a course against the course's credential definitions and stores the decisions with
/// their explanations. Learners are processed in batches so memory does not grow with the course.
/// </summary>
internal sealed class CourseEvaluationService(
    InsigniaDbContext db,
    DefinitionStore definitions,
    EvidenceStore evidence,
    LearnerDirectory learners,
    HeldCredentials held,
    IssuanceOutbox outbox,
    TimeProvider time)
{
    private const int BatchSize = 500;

    public async Task<IReadOnlyList<LearnerDecision>> EvaluateAsync(
        CourseContext course,
        IReadOnlyCollection<string>? onlyLearners,
        CancellationToken cancellationToken)
    {
        var courseDefinitions = StackingOrder(await definitions.LatestForCourseAsync(course.Key, cancellationToken));
        if (courseDefinitions.Count == 0)
        {
            return [];
        }

        var compiled = courseDefinitions.Select(d => (Definition: d, Criteria: CompiledCriteria.Compile(d.Rule))).ToList();
        var externalIds = onlyLearners?.Order(StringComparer.Ordinal).ToList()
            ?? await learners.LearnersOfCourseAsync(course.Source, course.CourseId, cancellationToken);
        var names = await evidence.ActivityNamesAsync(course.Source, course.CourseId, cancellationToken);
        var results = new List<LearnerDecision>();
        foreach (var batch in externalIds.Chunk(BatchSize))
        {
            results.AddRange(await EvaluateBatchAsync(course, compiled, batch, names, cancellationToken));
        }

        return results;
    }

    private async Task<List<LearnerDecision>> EvaluateBatchAsync(
        CourseContext course,
        List<(CredentialDefinition Definition, CompiledCriteria Criteria)> compiled,
        string[] batch,
        Dictionary<ActivityKey, string> names,
        CancellationToken cancellationToken)
    {
        var ids = await learners.EnsureAsync(course.Source, batch, cancellationToken);
        var records = await evidence.LoadForLearnersAsync(course.Source, course.CourseId, batch, cancellationToken);
        var heldByLearner = await held.ForLearnersAsync(ids.Values.ToList(), cancellationToken);
        var definitionIds = compiled.Select(c => c.Definition.Id).ToList();
        var learnerIds = ids.Values.ToList();
        var stored = await db.Decisions
            .Where(d => definitionIds.Contains(d.DefinitionId) && learnerIds.Contains(d.LearnerId))
            .ToDictionaryAsync(d => (d.DefinitionId, d.LearnerId), cancellationToken);
        var now = time.GetUtcNow();
        var results = new List<LearnerDecision>(batch.Length * compiled.Count);
        foreach (var externalId in batch)
        {
            var learnerId = ids[externalId];
            var learnerEvidence = records.GetValueOrDefault(externalId) ?? [];
            var learnerHeld = heldByLearner.GetValueOrDefault(learnerId) ?? new HashSet<string>(StringComparer.Ordinal);
            foreach (var (definition, criteria) in compiled)
            {
                var decision = CriteriaEvaluator.Evaluate(criteria, learnerEvidence, learnerHeld, names);
                if (decision.Outcome == DecisionOutcome.Met)
                {
                    learnerHeld.Add(definition.Id);
                }

                Store(stored, definition, learnerId, decision, now);
                results.Add(new LearnerDecision(definition.Id, definition.Version, learnerId, externalId, decision));
            }
        }

        var met = results.Where(r => r.Decision.Outcome == DecisionOutcome.Met)
            .Select(r => new IssuanceKey(r.LearnerId, r.DefinitionId, r.DefinitionVersion)).ToList();
        await outbox.AddMissingAsync(met, cancellationToken); // saved with the decisions: a Met decision always has its outbox row
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return results;
    }

    private void Store(Dictionary<(string, Guid), DecisionEntity> stored, CredentialDefinition definition, Guid learnerId, Decision decision, DateTimeOffset now)
    {
        if (!stored.TryGetValue((definition.Id, learnerId), out var entity))
        {
            entity = new DecisionEntity { DefinitionId = definition.Id, LearnerId = learnerId, ExplanationJson = string.Empty };
            db.Decisions.Add(entity);
        }

        entity.DefinitionVersion = definition.Version;
        entity.Outcome = decision.Outcome;
        entity.ExplanationJson = JsonSerializer.Serialize(decision.Explanation, DecisionJson.Options);
        entity.EvaluatedAt = now;
    }

    /// <summary>Orders definitions so that a stacked credential is judged after the ones it requires.</summary>
    private static List<CredentialDefinition> StackingOrder(IReadOnlyList<CredentialDefinition> definitions)
    {
        var byId = definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var ordered = new List<CredentialDefinition>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(CredentialDefinition definition)
        {
            if (!visited.Add(definition.Id))
            {
                return;
            }

            foreach (var required in definition.Rule.StackedDefinitions())
            {
                if (byId.TryGetValue(required, out var dependency))
                {
                    Visit(dependency);
                }
            }

            ordered.Add(definition);
        }

        foreach (var definition in definitions)
        {
            Visit(definition);
        }

        return ordered;
    }

}
