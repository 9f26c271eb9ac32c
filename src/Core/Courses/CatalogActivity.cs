using Insignia.Core.Evidence;

namespace Insignia.Core.Courses;

/// <summary>An activity, outcome or rubric criterion of a course that rules can refer to.</summary>
/// <param name="Key">The activity key used in rules.</param>
/// <param name="Name">The name the platform shows.</param>
public sealed record CatalogActivity(ActivityKey Key, string Name)
{
    /// <summary>Gets the maximum points, when the activity is graded.</summary>
    public double? MaxPoints { get; init; }

    /// <summary>Gets the pass mark in points, when the platform defines one.</summary>
    public double? PassPoints { get; init; }

    /// <summary>Gets a value indicating whether the activity produces assessment evidence.</summary>
    public bool IsAssessed { get; init; }

    /// <summary>Gets the top mastery or rubric level, for outcomes and rubric criteria.</summary>
    public double? MaxLevel { get; init; }
}
