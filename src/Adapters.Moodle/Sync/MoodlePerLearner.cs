using System.Runtime.CompilerServices;
using Insignia.Core.Evidence;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Runs a per-learner read for every learner through a sliding window of in-flight reads (the per-site limiter
/// bounds what actually runs at once) and yields the results in learner order, one chunk per learner. A refusal
/// about one learner skips that learner; a refusal that concerns the whole step (function missing, feature off)
/// ends the step; anything else fails the sync.
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
        var window = context.Options.MaxConcurrencyPerSite * 4;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<(int Index, Task<Outcome> Read)>();
        var next = skip;
        try
        {
            while (pending.Count > 0 || next < learners.Count)
            {
                while (next < learners.Count && pending.Count < window)
                {
                    pending.Enqueue((next, ReadOneAsync(learners[next], readLearner, stop.Token)));
                    next++;
                }

                var (index, read) = pending.Dequeue();
                var outcome = await read.ConfigureAwait(false);
                if (outcome.Error is { } error)
                {
                    if (StepCodes.Contains(error.Code))
                    {
                        Log.StepDegraded(context.Logger, step, context.CourseId, error.Code);
                        yield break;
                    }

                    if (!LearnerCodes.Contains(error.Code))
                    {
                        throw error;
                    }

                    Log.LearnerSkipped(context.Logger, step, context.CourseId, error.Code);
                }

                yield return new MoodleStepChunk([.. outcome.Records], index + 1);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await DrainAsync(pending).ConfigureAwait(false);
        }
    }

    private static async Task<Outcome> ReadOneAsync(
        long learner,
        Func<long, CancellationToken, Task<IEnumerable<EvidenceRecord>>> readLearner,
        CancellationToken cancellationToken)
    {
        try
        {
            return new Outcome(await readLearner(learner, cancellationToken).ConfigureAwait(false), null);
        }
        catch (EvidenceSourceException ex) when (!ex.IsTransient)
        {
            return new Outcome([], ex);
        }
    }

    /// <summary>Waits for reads still in flight after the step ended early, so none outlives the sync unobserved.</summary>
    private static async Task DrainAsync(Queue<(int Index, Task<Outcome> Read)> pending)
    {
        foreach (var (_, read) in pending)
        {
            try
            {
                await read.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or EvidenceSourceException)
            {
                // The step already ended; this read's result is no longer wanted.
            }
        }
    }

    private sealed record Outcome(IEnumerable<EvidenceRecord> Records, EvidenceSourceException? Error);
}
