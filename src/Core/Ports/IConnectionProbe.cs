namespace Insignia.Core.Ports;

/// <summary>Checks a connection: reachability, credentials, and which calls the credentials allow.</summary>
public interface IConnectionProbe
{
    /// <summary>Probes the platform behind a connection.</summary>
    /// <param name="connection">The connection to test.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was found; never throws for a refusal the platform reports, which becomes a problem in the result.</returns>
    /// <exception cref="EvidenceSourceException">The platform could not be reached at all after retries.</exception>
    Task<ConnectionProbeResult> ProbeAsync(SourceConnection connection, CancellationToken cancellationToken);
}
