using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Quiz pass/fail for every learner with a visible quiz grade. The grade to pass is per quiz, so one
/// <c>mod_quiz_get_user_best_grade</c> call per quiz learns it, and the gradebook (which holds each learner's best
/// grade under the quiz's grading method) supplies the grades in bulk: O(quizzes) calls, not O(learners × quizzes).
/// </summary>
internal sealed class QuizPassStep : MoodleSyncStep
{
    public override string Name => "quiz_pass";

    public override MoodleFeature Feature => MoodleFeatures.QuizPassGrade;

    public override bool AppliesTo(MoodleSyncContext context) =>
        !context.Data.Gradebook.IsEmpty && context.Data.ModulesOf("quiz").Any();

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (skip > 0)
        {
            yield break;
        }

        var records = new List<EvidenceRecord>();
        foreach (var quiz in context.Data.ModulesOf("quiz").DistinctBy(m => m.Instance).OrderBy(m => m.Instance))
        {
            var key = MoodleActivityKeys.Module("quiz", quiz.Instance);
            var graded = context.Data.Learners
                .Select(id => (Id: id, Entry: context.Data.Gradebook.Find(key, id)))
                .Where(x => x.Entry is { HasGrade: true, IsVisible: true })
                .ToList();
            if (graded.Count == 0)
            {
                continue;
            }

            var best = await context.Session.Client.CallAsync(
                MoodleFunctions.GetQuizBestGrade,
                new MoodleParameters().Add("quizid", quiz.Instance).Add("userid", graded[0].Id),
                MoodleJsonContext.Default.QuizBestGrade,
                cancellationToken).ConfigureAwait(false);
            if (best.Gradetopass is not { } gradeToPass)
            {
                continue; // no pass mark set: the gradebook score is the only evidence
            }

            records.AddRange(graded.Select(x => QuizMapper.PassFail(context.Source, x.Id, x.Entry!, gradeToPass, quiz.Name)));
        }

        yield return new MoodleStepChunk(records, 1);
    }
}
