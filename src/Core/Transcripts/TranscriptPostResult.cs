namespace Insignia.Core.Transcripts;

/// <summary>What the SIS answered to a transcript post.</summary>
/// <param name="SisResultId">The SIS's id for the transcript line.</param>
/// <param name="Created"><see langword="true"/> when this call created the line; <see langword="false"/> when the key was already posted.</param>
public sealed record TranscriptPostResult(string SisResultId, bool Created);
