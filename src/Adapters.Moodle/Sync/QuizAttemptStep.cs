using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Finished quiz attempts. Moodle offers attempts only per (quiz, user), so this is the one step whose calls grow
/// with learners × quizzes; it asks only for the learners whose gradebook quiz grade changed since the previous
/// sync (all graded learners on a full sync), and can be turned off with <see cref="MoodleAdapterOptions.IncludeQuizAttempts"/>.
/// </summary>
internal sealed class QuizAttemptStep : MoodleSyncStep
{
    public override string Name => "quiz_attempts";

    public override MoodleFeature Feature => MoodleFeatures.QuizAttempts;

    public override bool AppliesTo(MoodleSyncContext context) =>
        context.Options.IncludeQuizAttempts && !context.Data.Gradebook.IsEmpty && context.Data.ModulesOf("quiz").Any();

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await context.Session.Client.CallAsync(
            MoodleFunctions.GetQuizzes,
            new MoodleParameters().AddArray("courseids", [context.Data.CourseId]),
            MoodleJsonContext.Default.QuizzesResponse,
            cancellationToken).ConfigureAwait(false);
        var quizzes = response.Quizzes.ToDictionary(q => q.Id);
        var modules = context.Data.ModulesOf("quiz").DistinctBy(m => m.Instance).OrderBy(m => m.Instance).ToList();

        async Task<IEnumerable<EvidenceRecord>> ReadLearnerAsync(long learner, CancellationToken ct)
        {
            var records = new List<EvidenceRecord>();
            foreach (var module in modules)
            {
                var entry = context.Data.Gradebook.Find(MoodleActivityKeys.Module("quiz", module.Instance), learner);
                if (entry is not { HasGrade: true, IsVisible: true } || (context.Since is { } since && entry.LastChanged < since))
                {
                    continue;
                }

                var attempts = await context.Session.Client.CallAsync(
                    MoodleFunctions.GetQuizAttempts,
                    new MoodleParameters().Add("quizid", module.Instance).Add("userid", learner).Add("status", "finished").Add("includepreviews", false),
                    MoodleJsonContext.Default.QuizAttemptsResponse,
                    ct).ConfigureAwait(false);
                records.AddRange(QuizMapper.Attempts(context.Source, attempts, quizzes.GetValueOrDefault(module.Instance), module.Name));
            }

            return records;
        }

        await foreach (var chunk in MoodlePerLearner.RunAsync(context, Name, skip, ReadLearnerAsync, cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }
    }
}
