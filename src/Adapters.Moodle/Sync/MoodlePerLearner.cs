using System.Runtime.CompilerServices;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Runs a per-learner call for every learner, a batch at a time (the per-site limiter bounds what runs at once),
/// and yields each batch's records in learner order. A refusal about one learner skips that learner; a refusal
/// that concerns the whole step (function missing, feature off) ends the step; anything else fails the sync.
/// </summary>
internal static class MoodlePerLearner
{
    private static readonly HashSet<string> LearnerCodes = new(StringComparer.Ordinal)
    {
        MoodleErrors.LearnerNotEnrolled, MoodleErrors.CourseAccessDenied, MoodleErrors.InvalidParameter,
    };

    private static readonly HashSet<string> StepCodes = new(StringComparer.Ordinal)
    {
        MoodleErrors.FunctionNotEnabled, MoodleErrors.FunctionNotAvailable, MoodleErrors.MissingCapability,
        MoodleErrors.CompletionCriteriaNotSet, MoodleErrors.CompetenciesDisabled, MoodleErrors.CannotViewReport,
    };

    public static async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context,
        string step,
        int skip,
        Func<long, CancellationToken, Task<IEnumerable<EvidenceRecord>>> readLearner,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var learners = context.Data.Learners;
        var batchSize = context.Options.MaxConcurrencyPerSite * 4;
        for (var start = skip; start < learners.Count; start += batchSize)
        {
            var batch = learners.Skip(start).Take(batchSize).ToList();
            var outcomes = await Task.WhenAll(batch.Select(id => ReadOneAsync(id, readLearner, cancellationToken))).ConfigureAwait(false);
            if (outcomes.FirstOrDefault(o => o.Error is { } e && StepCodes.Contains(e.Code)).Error is { } stepError)
            {
                Log.StepDegraded(context.Logger, step, context.CourseId, stepError.Code);
                yield break;
            }

            foreach (var failure in outcomes.Select(o => o.Error).OfType<EvidenceSourceException>())
            {
                if (!LearnerCodes.Contains(failure.Code))
                {
                    throw failure;
                }

                Log.LearnerSkipped(context.Logger, step, context.CourseId, failure.Code);
            }

            yield return new MoodleStepChunk([.. outcomes.SelectMany(o => o.Records)], start + batch.Count);
        }
    }

    private static async Task<(IEnumerable<EvidenceRecord> Records, EvidenceSourceException? Error)> ReadOneAsync(
        long learner,
        Func<long, CancellationToken, Task<IEnumerable<EvidenceRecord>>> readLearner,
        CancellationToken cancellationToken)
    {
        try
        {
            return (await readLearner(learner, cancellationToken).ConfigureAwait(false), null);
        }
        catch (EvidenceSourceException ex) when (!ex.IsTransient)
        {
            return ([], ex);
        }
    }
}
