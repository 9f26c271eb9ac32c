using System.ComponentModel.DataAnnotations;

namespace Insignia.Host.Demo;

/// <summary>The built-in demo LMS: one course with graded activities and learners, so the flow can be tried with no real LMS.</summary>
internal sealed class DemoLmsOptions
{
    public const string SectionName = "Insignia:DemoLms";

    /// <summary>Gets or sets a value indicating whether the demo LMS is registered and seeded.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how many synthetic learners to add beside the six named ones (for load tests).</summary>
    /// <value>Defaults to 0.</value>
    [Range(0, 1_000_000)]
    public int SyntheticLearners { get; set; }

    /// <summary>Gets or sets the number of records per evidence page.</summary>
    /// <value>Defaults to 500.</value>
    [Range(1, 10_000)]
    public int PageSize { get; set; } = 500;
}
