namespace Insignia.Core.Ports;

/// <summary>What a connection test found: who the platform is and what this connection may do there.</summary>
/// <param name="Reachable">Whether the platform answered and accepted the credentials.</param>
/// <param name="SiteName">The platform's site name, when it said.</param>
public sealed record ConnectionProbeResult(bool Reachable, string? SiteName)
{
    /// <summary>Gets the platform's release or version string, when it said.</summary>
    public string? Release { get; init; }

    /// <summary>Gets the functions or endpoints this connection can use.</summary>
    public IReadOnlyList<string> UsableFunctions { get; init; } = [];

    /// <summary>Gets problems an administrator should fix, each with what to do; the connection may still work in part.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Gets evidence kinds or features that are unavailable because of missing permissions (degraded, not failed).</summary>
    public IReadOnlyList<string> DegradedFeatures { get; init; } = [];
}
