namespace Insignia.Adapters.Canvas.Sync;

/// <summary>A sync in progress: where it is, and what it has learned for the next watermark.</summary>
internal sealed record CanvasSyncRun
{
    /// <summary>Gets when the run started; the next run's <c>graded_since</c> derives from it.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets the <c>graded_since</c> this run uses; <see langword="null"/> for a full sync.</summary>
    public DateTimeOffset? GradedSince { get; init; }

    /// <summary>Gets the phase to resume in.</summary>
    public CanvasSyncPhase Phase { get; init; }

    /// <summary>Gets the server-given URL of the next page in this phase, or <see langword="null"/> to start the phase.</summary>
    public Uri? Next { get; init; }

    /// <summary>Gets the classic quiz being read in the quiz phase.</summary>
    public long? QuizId { get; init; }

    /// <summary>
    /// Gets the oldest <c>graded_at</c> of a graded but unposted (or hidden) submission seen in this run. Posting a
    /// grade does not change <c>graded_at</c>, so the next <c>graded_since</c> must reach back to it or the grade
    /// would never be read once it is posted.
    /// </summary>
    public DateTimeOffset? OldestUnposted { get; init; }
}
