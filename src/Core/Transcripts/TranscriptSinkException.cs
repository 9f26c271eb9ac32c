namespace Insignia.Core.Transcripts;

/// <summary>The SIS refused a transcript entry or could not be reached after retries. The message says what a registrar can do.</summary>
public class TranscriptSinkException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TranscriptSinkException"/> class.</summary>
    public TranscriptSinkException()
        : this("The student information system did not accept the transcript entry.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TranscriptSinkException"/> class.</summary>
    /// <param name="message">What failed and what to do about it; shown to the registrar.</param>
    public TranscriptSinkException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TranscriptSinkException"/> class.</summary>
    /// <param name="message">What failed and what to do about it; shown to the registrar.</param>
    /// <param name="innerException">The underlying failure.</param>
    public TranscriptSinkException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets a value indicating whether retrying later could succeed (outage, throttling) as opposed to a refusal of the data.</summary>
    public bool IsTransient { get; init; }
}
