using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>The outcome phases: results per alignment, then rollups per learner.</content>
internal sealed partial class CanvasEvidenceSource
{
    private static async IAsyncEnumerable<CanvasSyncStep> ReadOutcomeResultsAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = context.Client;
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"read the outcome results of course {context.CourseId}",
            run.Phase == CanvasSyncPhase.OutcomeResults ? run.Next : null,
            ct => client.Outcomes.ListOutcomeResultsAsync(context.CourseId, context.PageSize, ct),
            client.Outcomes.ListOutcomeResultsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            run = After(run, CanvasSyncPhase.OutcomeResults, page.Next);
            yield return new CanvasSyncStep([.. CanvasOutcomeMapper.MapResults(context.Source, page.Content)], run, []);
        }
    }

    private static async IAsyncEnumerable<CanvasSyncStep> ReadOutcomeRollupsAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = context.Client;
        await foreach (var page in CanvasPaging.StreamAsync(
            client,
            $"read the outcome rollups of course {context.CourseId}",
            run.Phase == CanvasSyncPhase.OutcomeRollups ? run.Next : null,
            ct => client.Outcomes.ListOutcomeRollupsAsync(context.CourseId, context.PageSize, ct),
            client.Outcomes.ListOutcomeRollupsPageAsync,
            cancellationToken).ConfigureAwait(false))
        {
            run = After(run, CanvasSyncPhase.OutcomeRollups, page.Next);
            yield return new CanvasSyncStep([.. CanvasOutcomeMapper.MapRollups(context.Source, page.Content)], run, []);
        }
    }
}
