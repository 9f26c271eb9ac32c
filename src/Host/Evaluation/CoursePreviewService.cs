using Insignia.Core.Achievements;
using Insignia.Core.Courses;
using Insignia.Core.Criteria;
using Insignia.Host.Evidence;
using Insignia.Host.Learners;

namespace Insignia.Host.Evaluation;

/// <summary>
/// Judges an unsaved definition against the course's stored evidence without storing anything: who would qualify
/// now, and why the others would not.
/// </summary>
internal sealed class CoursePreviewService(EvidenceStore evidence, LearnerDirectory learners, HeldCredentials held)
{
    private const int BatchSize = 500;

    public async Task<IReadOnlyList<PreviewRow>> PreviewAsync(CourseContext course, CredentialDefinition definition, CancellationToken cancellationToken)
    {
        var criteria = CompiledCriteria.Compile(definition.Rule);
        var externalIds = await learners.LearnersOfCourseAsync(course.Source, course.CourseId, cancellationToken);
        var names = await evidence.ActivityNamesAsync(course.Source, course.CourseId, cancellationToken);
        var rows = new List<PreviewRow>(externalIds.Count);
        foreach (var batch in externalIds.Chunk(BatchSize))
        {
            var ids = await learners.EnsureAsync(course.Source, batch, cancellationToken);
            var displayNames = await learners.DisplayNamesAsync(ids.Values.ToList(), cancellationToken);
            var records = await evidence.LoadForLearnersAsync(course.Source, course.CourseId, batch, cancellationToken);
            var heldByLearner = await held.ForLearnersAsync(ids.Values.ToList(), cancellationToken);
            foreach (var externalId in batch)
            {
                var learnerId = ids[externalId];
                var decision = CriteriaEvaluator.Evaluate(criteria, records.GetValueOrDefault(externalId) ?? [], heldByLearner.GetValueOrDefault(learnerId), names);
                rows.Add(new PreviewRow(externalId, displayNames.GetValueOrDefault(learnerId) ?? externalId, decision));
            }
        }

        return rows;
    }
}
