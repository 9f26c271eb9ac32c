using System.Runtime.CompilerServices;
using Insignia.Adapters.Moodle.Mapping;
using Insignia.Adapters.Moodle.Sessions;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>Gradebook scores of every learner: already fetched in one <c>userid=0</c> call by the course loader.</summary>
internal sealed class GradebookStep : MoodleSyncStep
{
    public override string Name => "gradebook";

    public override MoodleFeature Feature => MoodleFeatures.Grades;

    public override async IAsyncEnumerable<MoodleStepChunk> RunAsync(
        MoodleSyncContext context, int skip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (skip > 0)
        {
            yield break;
        }

        await Task.CompletedTask.ConfigureAwait(false);
        yield return new MoodleStepChunk([.. GradebookMapper.Map(context.Source, context.Data.CourseId, context.Data.Gradebook)], 1);
    }
}
