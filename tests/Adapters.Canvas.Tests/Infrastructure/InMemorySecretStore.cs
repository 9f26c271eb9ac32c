using System.Collections.Concurrent;
using Insignia.Core.Ports;

namespace Insignia.Adapters.Canvas.Tests.Infrastructure;

/// <summary>A secret store for tests.</summary>
internal sealed class InMemorySecretStore : ISecretStore
{
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);

    public int Reads { get; private set; }

    public ValueTask<string?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        Reads++;
        return ValueTask.FromResult(_secrets.TryGetValue(reference, out var secret) ? secret : null);
    }

    public ValueTask SetAsync(string reference, string secret, CancellationToken cancellationToken)
    {
        _secrets[reference] = secret;
        return ValueTask.CompletedTask;
    }
}
