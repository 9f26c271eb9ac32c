using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Competency ratings in the course: the course's competencies (1 call), then one call per learner and
/// competency, the only read Moodle offers for another user's rating. Sites with competencies disabled, or
/// <see cref="MoodleAdapterOptions.IncludeCompetencies"/> off, skip the step.
/// </summary>
internal sealed class CompetencyStep : MoodleSyncStep
{
    public override string Name => "competencies";

    public override MoodleFeature Feature => MoodleFeatures.Competencies;

    public override bool AppliesTo(MoodleSyncContext context) => context.Options.IncludeCompetencies;

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var competencies = await ListAsync(context, cancellationToken).ConfigureAwait(false);
        if (competencies.Count == 0)
        {
            yield break;
        }

        async Task<IEnumerable<EvidenceRecord>> ReadLearnerAsync(long learner, CancellationToken ct)
        {
            var records = new List<EvidenceRecord>();
            foreach (var competency in competencies)
            {
                var summary = await context.Session.Client.CallAsync(
                    MoodleFunctions.GetUserCompetencySummary,
                    new MoodleParameters().Add("userid", learner).Add("competencyid", competency.Id).Add("courseid", context.Data.CourseId),
                    MoodleJsonContext.Default.CompetencySummaryResponse,
                    ct).ConfigureAwait(false);
                if (CompetencyMapper.Map(context.Source, summary, competency.Shortname) is { } record)
                {
                    records.Add(record);
                }
            }

            return records;
        }

        await foreach (var chunk in MoodlePerLearner.RunAsync(context, Name, skip, ReadLearnerAsync, cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }
    }

    private async Task<IReadOnlyList<MoodleCompetency>> ListAsync(MoodleSyncContext context, CancellationToken cancellationToken)
    {
        try
        {
            var entries = await context.Session.Client.CallAsync(
                MoodleFunctions.ListCourseCompetencies,
                new MoodleParameters().Add("id", context.Data.CourseId),
                MoodleJsonContext.Default.IReadOnlyListCourseCompetencyEntry,
                cancellationToken).ConfigureAwait(false);
            return [.. entries.Select(e => e.Competency).OfType<MoodleCompetency>().OrderBy(c => c.Id)];
        }
        catch (EvidenceSourceException ex) when (ex.Code is MoodleErrors.CompetenciesDisabled or MoodleErrors.MissingCapability)
        {
            Log.StepDegraded(context.Logger, Name, context.CourseId, ex.Code);
            return [];
        }
    }
}
