using System.ComponentModel.DataAnnotations;

namespace Insignia.Host.Lti;

/// <summary>Settings of the LTI 1.3 tool: clock skew, lifetimes and caching of platform keys.</summary>
internal sealed class LtiToolOptions
{
    public const string SectionName = "Insignia:Lti";

    /// <summary>Gets or sets the tolerated clock difference with platforms for exp, iat and nbf.</summary>
    /// <value>Defaults to 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets how long a login (state and nonce) stays valid until the launch arrives.</summary>
    /// <value>Defaults to 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan LoginLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how long a platform's fetched JWKS is trusted before it is fetched again.</summary>
    /// <value>Defaults to 1 hour.</value>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan JwksCacheLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the least time between two fetches of one JWKS caused by an unknown key id.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan JwksMinRefetchInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long the course session of a launch lasts.</summary>
    /// <value>Defaults to 8 hours.</value>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Gets or sets how long a retired tool key stays in the published JWKS (tool tokens live minutes).</summary>
    /// <value>Defaults to 7 days.</value>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan RetiredKeyRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets the tool's name shown to platforms during registration and deep linking.</summary>
    /// <value>Defaults to <c>Insignia</c>.</value>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ToolName { get; set; } = "Insignia";
}
