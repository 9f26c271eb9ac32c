using System.ComponentModel.DataAnnotations;

namespace Insignia.Host.Issuer;

/// <summary>How the issuance worker leases and retries outbox rows. Section <c>Insignia:Issuance</c>.</summary>
internal sealed class IssuanceProcessorOptions
{
    public const string SectionName = "Insignia:Issuance";

    /// <summary>Gets or sets the rows leased per round (larger batches amortise the lease and the store transaction). <value>Default: 200.</value></summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Gets or sets how long a lease lasts before another worker may take the row. <value>Default: 2 min.</value></summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets the pause when the outbox is empty. <value>Default: 5 s.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the number of concurrent workers in this process. <value>Default: 1.</value></summary>
    [Range(0, 32)]
    public int Workers { get; set; } = 1;

    /// <summary>Gets or sets the attempts before a failing row is parked as Failed. <value>Default: 5.</value></summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
