using System.Runtime.CompilerServices;
using Insignia.Adapters.Canvas.Http;
using Insignia.Adapters.Canvas.Mapping;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Sync;

/// <content>The classic-quiz phase: every quiz's submissions, quiz by quiz.</content>
internal sealed partial class CanvasEvidenceSource
{
    private static async IAsyncEnumerable<CanvasSyncStep> ReadQuizzesAsync(
        CanvasSyncContext context,
        CanvasSyncRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var quizzes = context.Assignments.ClassicQuizIds;
        var start = run.Phase == CanvasSyncPhase.Quizzes && run.QuizId is { } resumeQuiz ? Math.Max(0, IndexOf(quizzes, resumeQuiz)) : 0;
        for (var index = start; index < quizzes.Count; index++)
        {
            var quizId = quizzes[index];
            var resumeAt = run.Phase == CanvasSyncPhase.Quizzes && run.QuizId == quizId ? run.Next : null;
            var following = index + 1 < quizzes.Count ? quizzes[index + 1] : (long?)null;
            var enumerator = CanvasPaging.StreamAsync(
                context.Client,
                $"read the submissions of quiz {quizId} in course {context.CourseId}",
                resumeAt,
                ct => context.Client.Quizzes.ListQuizSubmissionsAsync(context.CourseId, quizId, context.PageSize, ct),
                context.Client.Quizzes.ListQuizSubmissionsPageAsync,
                cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (await NextOrGoneAsync(enumerator).ConfigureAwait(false))
                {
                    var page = enumerator.Current;
                    run = page.Next is { } next
                        ? run with { Phase = CanvasSyncPhase.Quizzes, QuizId = quizId, Next = next }
                        : NextQuiz(run, following);
                    var records = CanvasQuizMapper.Map(context.Source, page.Content, context.Assignments.QuizName(quizId)).ToList();
                    yield return new CanvasSyncStep(records, run, []);
                }
            }
        }

        if (quizzes.Count == 0 || run.Phase == CanvasSyncPhase.Quizzes)
        {
            yield return new CanvasSyncStep([], After(run, CanvasSyncPhase.Quizzes, null), []);
        }
    }

    private static CanvasSyncRun NextQuiz(CanvasSyncRun run, long? following) => following is { } quizId
        ? run with { Phase = CanvasSyncPhase.Quizzes, QuizId = quizId, Next = null }
        : After(run, CanvasSyncPhase.Quizzes, null);

    /// <summary>Moves to the next page; a quiz deleted since the assignment list was read ends its own pages only.</summary>
    private static async ValueTask<bool> NextOrGoneAsync<T>(IAsyncEnumerator<T> pages)
    {
        try
        {
            return await pages.MoveNextAsync().ConfigureAwait(false);
        }
        catch (EvidenceSourceException gone) when (gone.Code == CanvasErrors.NotFound)
        {
            return false;
        }
    }

    private static int IndexOf(IReadOnlyList<long> quizzes, long quizId)
    {
        for (var i = 0; i < quizzes.Count; i++)
        {
            if (quizzes[i] == quizId)
            {
                return i;
            }
        }

        return -1;
    }
}
