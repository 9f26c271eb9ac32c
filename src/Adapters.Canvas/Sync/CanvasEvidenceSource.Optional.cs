using System.Runtime.CompilerServices;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>Phases whose data a course or token may not have.</content>
internal sealed partial class CanvasEvidenceSource
{
    /// <summary>
    /// Runs a phase whose endpoint may be missing (older Canvas, outcomes unused) or not granted to the token. Such a
    /// refusal skips the phase with a warning (the connection test lists it as degraded) instead of failing the
    /// evidence that was readable; any other failure still fails the sync.
    /// </summary>
    private async IAsyncEnumerable<CanvasSyncStep> Optional(
        CanvasSyncContext context,
        CanvasSyncRun run,
        CanvasSyncPhase phase,
        IAsyncEnumerable<CanvasSyncStep> steps,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = steps.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                CanvasSyncStep? step = null;
                EvidenceSourceException? unavailable = null;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }

                    step = enumerator.Current;
                }
                catch (EvidenceSourceException refused) when (IsUnavailable(refused))
                {
                    unavailable = refused;
                }

                if (unavailable is not null)
                {
                    Log.FeatureSkipped(logger, context.Source, context.CourseId, phase.ToString(), unavailable.Code);
                    yield return new CanvasSyncStep([], After(run, phase, null), []);
                    yield break;
                }

                run = step!.Run;
                yield return step;
            }
        }
    }

    private static bool IsUnavailable(EvidenceSourceException exception) =>
        exception.Code is CanvasErrors.NotFound or CanvasErrors.Forbidden;
}
