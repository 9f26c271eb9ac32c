using Insignia.Core.Ports;

namespace Insignia.Host.Connections;

/// <summary>
/// What testing a connection gave: the probe's report, or why there is none (<see cref="ErrorCode"/>:
/// <c>not_found</c>, <c>no_probe</c>, the platform's own code, or <c>unexpected</c>) with a message safe to show.
/// </summary>
internal sealed record ConnectionTestOutcome(SourceConnection? Connection, ConnectionProbeResult? Result, string? ErrorCode, string? ErrorMessage)
{
    public const string NotFound = "not_found";
    public const string NoProbe = "no_probe";
    public const string Unexpected = "unexpected";

    public bool Works => Result is { Reachable: true, Problems.Count: 0 };
}
