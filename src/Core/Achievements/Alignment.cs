namespace Insignia.Core.Achievements;

/// <summary>An alignment to an external framework item (a competency framework, a curriculum standard).</summary>
/// <param name="TargetName">The item's name.</param>
/// <param name="TargetUrl">The item's URL.</param>
public sealed record Alignment(string TargetName, Uri TargetUrl)
{
    /// <summary>Gets the item's code in its framework.</summary>
    public string? TargetCode { get; init; }

    /// <summary>Gets the framework's name.</summary>
    public string? TargetFramework { get; init; }

    /// <summary>Gets the OB 3.0 alignment target type, e.g. <c>CFItem</c>, <c>ceasn:Competency</c>.</summary>
    public string? TargetType { get; init; }

    /// <summary>Gets a description of the item.</summary>
    public string? TargetDescription { get; init; }
}
