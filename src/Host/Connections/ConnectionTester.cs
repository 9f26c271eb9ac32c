using Insignia.Core.Ports;

namespace Insignia.Host.Connections;

/// <summary>Tests a stored connection with its kind's <see cref="IConnectionProbe"/>; used by the CLI and the admin page alike.</summary>
internal sealed class ConnectionTester(ConnectionStore connections, IServiceProvider services, ILogger<ConnectionTester> logger)
{
    public async Task<ConnectionTestOutcome> TestAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await connections.FindAsync(name, cancellationToken);
        if (connection is null)
        {
            return new ConnectionTestOutcome(null, null, ConnectionTestOutcome.NotFound, $"No connection named '{name}'.");
        }

        if (services.GetKeyedService<IConnectionProbe>(connection.Kind) is not { } probe)
        {
            return new ConnectionTestOutcome(connection, null, ConnectionTestOutcome.NoProbe, $"The '{connection.Kind}' adapter cannot test connections yet.");
        }

        try
        {
            return new ConnectionTestOutcome(connection, await probe.ProbeAsync(connection, cancellationToken), null, null);
        }
        catch (EvidenceSourceException ex)
        {
            return new ConnectionTestOutcome(connection, null, ex.Code, ex.Message);
        }
#pragma warning disable CA1031 // a misconfigured platform must give a message, not a crash or a 500
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.ConnectionProbeFailed(logger, connection.Name, connection.Kind, ex.GetType().Name);
            return new ConnectionTestOutcome(connection, null, ConnectionTestOutcome.Unexpected,
                "The platform did not answer as expected; check the base URL and the server log.");
        }
    }
}
