namespace Insignia.Core.Ports;

/// <summary>
/// A platform call failed for good: resilience gave up, or the platform refused access. The message says what
/// an administrator can do about it.
/// </summary>
public class EvidenceSourceException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceSourceException"/> class.</summary>
    public EvidenceSourceException()
        : this("The evidence source failed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvidenceSourceException"/> class.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    public EvidenceSourceException(string message)
        : base(message)
    {
        Code = "source_failed";
    }

    /// <summary>Initializes a new instance of the <see cref="EvidenceSourceException"/> class.</summary>
    /// <param name="message">What failed and what to do about it.</param>
    /// <param name="innerException">The underlying failure.</param>
    public EvidenceSourceException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = "source_failed";
    }

    /// <summary>Gets the platform kind that failed, one of <see cref="PlatformKind"/>.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets a stable snake_case error code, e.g. <c>invalid_token</c> or <c>function_not_enabled</c>.</summary>
    /// <value>Defaults to <c>source_failed</c>.</value>
    public string Code { get; init; }

    /// <summary>Gets the HTTP status the platform answered with, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets how long the platform asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a value indicating whether retrying later could succeed (throttling, outage) as opposed to a permanent refusal.</summary>
    public bool IsTransient { get; init; }
}
