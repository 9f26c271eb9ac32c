using System.ComponentModel.DataAnnotations;

namespace Insignia.Adapters.Canvas.Configuration;

/// <summary>Settings of the Canvas adapter shared by every Canvas connection. Secrets are never held here.</summary>
public sealed class CanvasAdapterOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Adapters:Canvas";

    /// <summary>Gets or sets the page size asked for with <c>per_page</c>.</summary>
    /// <value>Defaults to 100, Canvas's maximum.</value>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>Gets or sets the User-Agent sent on every request, so Canvas admins can see who calls.</summary>
    /// <value>Defaults to <c>Insignia/1.0 (+https://github.com/insignia)</c>.</value>
    [Required]
    [MinLength(3)]
    public string UserAgent { get; set; } = "Insignia/1.0 (+https://github.com/insignia)";

    /// <summary>Gets or sets the most requests in flight per token while the rate-limit bucket is comfortable.</summary>
    /// <value>Defaults to 3; Canvas charges each parallel request a pre-flight penalty, so keep it low.</value>
    [Range(1, 8)]
    public int MaxConcurrency { get; set; } = 3;

    /// <summary>Gets or sets the <c>X-Rate-Limit-Remaining</c> below which requests are spaced out so the bucket drains.</summary>
    /// <value>Defaults to 200 (of Canvas's usual 700).</value>
    [Range(0d, 100_000d)]
    public double RateLimitLowWatermark { get; set; } = 200;

    /// <summary>Gets or sets how many quota units Canvas's bucket leaks per second (regains), used to size waits.</summary>
    /// <value>Defaults to 10.</value>
    [Range(0.01d, 100_000d)]
    public double RateLimitLeakPerSecond { get; set; } = 10;

    /// <summary>Gets or sets the pre-flight cost Canvas charges each request while it runs; one more parallel request needs this much headroom.</summary>
    /// <value>Defaults to 50.</value>
    [Range(0d, 10_000d)]
    public double RequestPenalty { get; set; } = 50;

    /// <summary>Gets or sets how often a throttled, failed or timed-out request is retried.</summary>
    /// <value>Defaults to 6.</value>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>Gets or sets the first retry delay; later ones grow exponentially with jitter unless Canvas sends <c>Retry-After</c>.</summary>
    /// <value>Defaults to 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the timeout of one attempt.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout of one request including all its retries.</summary>
    /// <value>Defaults to 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the share of failing requests (5xx, network) that opens the circuit.</summary>
    /// <value>Defaults to 0.5.</value>
    [Range(0.01d, 1d)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many requests the breaker must see in its window before it may open.</summary>
    /// <value>Defaults to 10.</value>
    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets how long the circuit stays open before a trial request.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:30:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets whether module requirements are read per learner (one request per learner with changed grades).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool SyncModuleRequirements { get; set; } = true;

    /// <summary>Gets or sets whether course progress (all module requirements met) is read.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool SyncCourseProgress { get; set; } = true;

    /// <summary>Gets or sets how far before the last sync's start <c>graded_since</c> reaches, for clock skew and in-flight grading.</summary>
    /// <value>Defaults to 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan GradedSinceOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets whether a connection may use plain <c>http://</c> (tests and local Canvas only).</summary>
    /// <value>Defaults to <see langword="false"/>: the token would travel in clear text.</value>
    public bool AllowInsecureHttp { get; set; }
}
