using System.Collections.Concurrent;
using Insignia.Adapters.Canvas.Configuration;
using Insignia.Core.Ports;
using Microsoft.Extensions.Options;

namespace Insignia.Adapters.Canvas.Http;

/// <summary>One rate-limit gate per Canvas token (Canvas's quota is per access token), shared by every sync that uses it.</summary>
internal sealed class CanvasRateLimitRegistry(IOptions<CanvasAdapterOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, CanvasRateLimitGate> _gates = new(StringComparer.Ordinal);

    public CanvasRateLimitGate For(SourceConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var key = $"{connection.BaseUrl.GetLeftPart(UriPartial.Authority)}|{connection.SecretReference}";
        return _gates.GetOrAdd(key, _ => new CanvasRateLimitGate(options.Value, time));
    }
}
