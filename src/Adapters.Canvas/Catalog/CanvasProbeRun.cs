using Insignia.Adapters.Canvas.Http;
using Insignia.Core.Ports;
using Refit;

namespace Insignia.Adapters.Canvas.Catalog;

/// <summary>Collects what one connection test found, call by call.</summary>
internal sealed class CanvasProbeRun(CanvasClient client, CancellationToken cancellationToken)
{
    private readonly List<string> _usable = [];
    private readonly List<string> _problems = [];
    private readonly List<string> _degraded = [];

    /// <summary>Makes one call; a refusal is recorded as a problem (required) or a degraded feature (optional).</summary>
    /// <returns>Whether the call succeeded.</returns>
    /// <exception cref="EvidenceSourceException">Canvas could not be reached at all.</exception>
    public async Task<bool> CheckAsync<T>(string endpoint, string what, Func<CancellationToken, Task<IApiResponse<T>>> call, bool required)
    {
        try
        {
            await CanvasPaging.ReadAsync(client, what, call, cancellationToken).ConfigureAwait(false);
            _usable.Add(endpoint);
            return true;
        }
        catch (EvidenceSourceException refused) when (!refused.IsTransient)
        {
            (required ? _problems : _degraded).Add(required ? refused.Message : $"{endpoint}: {refused.Message}");
            return false;
        }
    }

    public ConnectionProbeResult Result(bool reachable, string site) => new(reachable, site)
    {
        UsableFunctions = [.. _usable],
        Problems = [.. _problems],
        DegradedFeatures = [.. _degraded],
    };
}
