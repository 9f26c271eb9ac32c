using Insignia.Core.Transcripts;

namespace Insignia.Core.Ports;

/// <summary>
/// Writes credit-bearing credentials to a student information system's transcript (OneRoster 1.2 results, or a
/// stand-in). Posting is idempotent by <see cref="TranscriptEntry.Key"/>: posting the same key again must return
/// the result already recorded and never create a second transcript line.
/// </summary>
public interface ITranscriptSink
{
    /// <summary>Posts one transcript entry, or finds the one already posted with the same key.</summary>
    /// <param name="entry">The entry to post.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The SIS's id for the transcript line and whether this call created it.</returns>
    /// <exception cref="TranscriptSinkException">The SIS refused the entry or still failed after retries.</exception>
    Task<TranscriptPostResult> PostAsync(TranscriptEntry entry, CancellationToken cancellationToken);
}
