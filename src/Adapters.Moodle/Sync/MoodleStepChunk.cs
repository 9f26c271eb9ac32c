using Insignia.Core.Evidence;

namespace Insignia.Adapters.Moodle.Sync;

/// <summary>Records a step produced for a finished unit of work, and how many units of the step are now done.</summary>
internal sealed record MoodleStepChunk(IReadOnlyList<EvidenceRecord> Records, int Done);
