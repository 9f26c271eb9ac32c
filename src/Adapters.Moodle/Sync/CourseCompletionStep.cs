using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Contracts;
using Insignia.Adapters.Moodle.Http;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;
using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// Course completion: one call per learner (no bulk form in Moodle). A course without completion criteria
/// (<c>nocriteriaset</c>) ends the step after the first call instead of failing the sync.
/// </summary>
internal sealed class CourseCompletionStep : MoodleSyncStep
{
    public override string Name => "course_completion";

    public override MoodleFeature Feature => MoodleFeatures.CourseCompletion;

    public override bool AppliesTo(MoodleSyncContext context) => context.Data.Course.Enablecompletion != 0;

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var courseName = context.Data.Course.Fullname;

        async Task<IEnumerable<EvidenceRecord>> ReadLearnerAsync(long learner, CancellationToken ct)
        {
            var response = await context.Session.Client.CallAsync(
                MoodleFunctions.GetCourseCompletion,
                new MoodleParameters().Add("courseid", context.Data.CourseId).Add("userid", learner),
                MoodleJsonContext.Default.CourseCompletionResponse,
                ct).ConfigureAwait(false);
            return response.Completionstatus is { } status
                ? [CompletionMapper.MapCourse(context.Source, learner, context.Data.CourseId, status, courseName)]
                : [];
        }

        await foreach (var chunk in MoodlePerLearner.RunAsync(context, Name, skip, ReadLearnerAsync, cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }
    }
}
