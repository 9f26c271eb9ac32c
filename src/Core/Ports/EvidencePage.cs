using Insignia.Core.Evidence;

namespace Insignia.Core.Ports;

/// <summary>One page of evidence and the cursor to store once the page is safely written.</summary>
/// <param name="Records">The records of this page.</param>
/// <param name="Cursor">The cursor that resumes after this page.</param>
public sealed record EvidencePage(IReadOnlyList<EvidenceRecord> Records, SyncCursor Cursor)
{
    /// <summary>Gets the learners whose evidence the source reports as complete for this page, if it knows.</summary>
    public IReadOnlyList<string> LearnerIds { get; init; } = [];
}
