using Insignia.Core.Evidence;

namespace Insignia.Adapters.Canvas.Sync;

/// <summary>The records of one Canvas page, and the run state that resumes after it.</summary>
/// <param name="Records">The mapped evidence.</param>
/// <param name="Run">Where the sync continues once these records are stored.</param>
/// <param name="Learners">Learners whose submissions this page holds in full.</param>
internal sealed record CanvasSyncStep(IReadOnlyList<EvidenceRecord> Records, CanvasSyncRun Run, IReadOnlyList<string> Learners);
