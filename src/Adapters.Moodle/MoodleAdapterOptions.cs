using System.ComponentModel.DataAnnotations;

namespace Insignia.Adapters.Moodle;

/// <summary>Settings of the Moodle adapter that apply to every Moodle connection.</summary>
public sealed class MoodleAdapterOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Moodle";

    /// <summary>Gets or sets how many requests may run at once against one Moodle site.</summary>
    /// <value>Defaults to 4.</value>
    [Range(1, 32)]
    public int MaxConcurrencyPerSite { get; set; } = 4;

    /// <summary>Gets or sets the time allowed for one call, retries included.</summary>
    /// <value>Defaults to 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets the time allowed for one attempt.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many times a failed call (5xx, 429, timeout) is retried.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the base delay of the exponential, jittered back-off (a <c>Retry-After</c> header wins).</summary>
    /// <value>Defaults to 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how many calls a site must see in the sampling window before its circuit may open.</summary>
    /// <value>Defaults to 10.</value>
    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Gets or sets how long a site's open circuit stays open.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:30:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many evidence records one page holds at most.</summary>
    /// <value>Defaults to 500.</value>
    [Range(10, 10_000)]
    public int PageSize { get; set; } = 500;

    /// <summary>Gets or sets how many users one <c>core_enrol_get_enrolled_users</c> call returns (<c>limitnumber</c>).</summary>
    /// <value>Defaults to 500.</value>
    [Range(10, 5_000)]
    public int RosterPageSize { get; set; } = 500;

    /// <summary>Gets or sets how far <c>since</c> filters reach back before the previous sync's start, to absorb clock skew.</summary>
    /// <value>Defaults to 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SinceOverlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the role short names that count as learners.</summary>
    /// <value>Defaults to <c>student</c>.</value>
    [Required]
    [MinLength(1)]
    public IList<string> LearnerRoles { get; set; } = ["student"];

    /// <summary>Gets or sets a value indicating whether per-learner quiz attempts are read (one call per changed learner and quiz).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IncludeQuizAttempts { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether competency ratings are read (one call per learner and competency).</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool IncludeCompetencies { get; set; } = true;
}
