using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Activity completion states: one call per learner (Moodle has no bulk form and no <c>since</c> filter), covering
/// every activity of the course. Runs only when the course tracks completion.
/// </summary>
internal sealed class ActivityCompletionStep : MoodleSyncStep
{
    public override string Name => "activity_completion";

    public override MoodleFeature Feature => MoodleFeatures.ActivityCompletion;

    public override bool AppliesTo(MoodleSyncContext context) => context.Data.Course.Enablecompletion != 0;

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        async Task<IEnumerable<EvidenceRecord>> ReadLearnerAsync(long learner, CancellationToken ct)
        {
            var response = await context.Session.Client.CallAsync(
                MoodleFunctions.GetActivitiesCompletion,
                new MoodleParameters().Add("courseid", context.Data.CourseId).Add("userid", learner),
                MoodleJsonContext.Default.ActivitiesCompletionResponse,
                ct).ConfigureAwait(false);
            return response.Statuses
                .Select(s => CompletionMapper.MapActivity(
                    context.Source, learner, s, s.Modname is { } mod ? context.Data.NameOf(MoodleActivityKeys.Module(mod, s.Instance)) : null))
                .OfType<EvidenceRecord>()
                .Select(r => HidePassFailOfHiddenGrade(context, learner, r))
                .ToList();
        }

        await foreach (var chunk in MoodlePerLearner.RunAsync(context, Name, skip, ReadLearnerAsync, cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }
    }

    /// <summary>Pass/fail would reveal a grade the gradebook hides from the learner, so it is kept as plain completion.</summary>
    private static EvidenceRecord HidePassFailOfHiddenGrade(MoodleSyncContext context, long learner, EvidenceRecord record) =>
        record.Completion is CompletionState.Passed or CompletionState.Failed
            && context.Data.Gradebook.Find(record.Activity, learner) is { IsVisible: false }
            ? record with { Completion = CompletionState.Complete }
            : record;
}
