using Insignia.Adapters.Moodle.Sessions;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>
/// One named part of a course sync. Steps run in <see cref="MoodleSyncSteps.Ordered"/> order; each reports how many
/// of its units (1 for a bulk step, one per learner otherwise) are done, so a sync can resume after a crash.
/// </summary>
internal abstract class MoodleSyncStep
{
    public abstract string Name { get; }

    /// <summary>Gets the feature (and so the functions) the step needs; without it the step is skipped and reported as degraded.</summary>
    public abstract MoodleFeature Feature { get; }

    /// <summary>Decides whether the step applies to this course and configuration (for example, completion tracking is on).</summary>
    public virtual bool AppliesTo(MoodleSyncContext context) => true;

    public abstract IAsyncEnumerable<MoodleStepChunk> RunAsync(MoodleSyncContext context, int skip, CancellationToken cancellationToken);
}
