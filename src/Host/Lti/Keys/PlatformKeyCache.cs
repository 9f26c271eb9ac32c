using System.Collections.Concurrent;
using Insignia.Host.Lti.Launch;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Lti.Keys;

/// <summary>
/// Platform signing keys by JWKS URL. A cached set is used until it ages out; an unknown <c>kid</c> causes one
/// refetch, at most once per <see cref="LtiToolOptions.JwksMinRefetchInterval"/> per URL, so a flood of bad
/// tokens cannot make Insignia hammer a platform.
/// </summary>
internal sealed class PlatformKeyCache(IJwksSource source, IOptions<LtiToolOptions> options, TimeProvider time, ILogger<PlatformKeyCache> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, CachedKeySet> _sets = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetchLock = new(1, 1);

    public void Dispose() => _fetchLock.Dispose();

    public async ValueTask<KeyLookup> FindAsync(string jwksUrl, string? keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_sets.TryGetValue(jwksUrl, out var cached) && now - cached.FetchedAt < options.Value.JwksCacheLifetime)
        {
            var hit = cached.Find(keyId);
            if (hit.Key is not null || now - cached.FetchedAt < options.Value.JwksMinRefetchInterval)
            {
                return hit;
            }
        }

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (_sets.TryGetValue(jwksUrl, out var fresh) && fresh.FetchedAt > now)
            {
                return fresh.Find(keyId); // another caller refetched while this one waited
            }

            var set = await source.FetchAsync(jwksUrl, cancellationToken);
            var entry = CachedKeySet.From(set, time.GetUtcNow());
            _sets[jwksUrl] = entry;
            return entry.Find(keyId);
        }
        catch (JwksUnavailableException ex)
        {
            Log.JwksFetchFailed(logger, jwksUrl, ex.Message);
            return KeyLookup.Failed(LaunchErrors.JwksUnavailable, $"The platform's signing keys could not be fetched from {jwksUrl}: {ex.Message}.");
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private sealed record CachedKeySet(IReadOnlyDictionary<string, JsonWebKey> Keys, DateTimeOffset FetchedAt)
    {
        public static CachedKeySet From(JsonWebKeySet set, DateTimeOffset fetchedAt) =>
            new(set.Keys.Where(k => !string.IsNullOrEmpty(k.Kid)).GroupBy(k => k.Kid, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal), fetchedAt);

        public KeyLookup Find(string? keyId)
        {
            var key = keyId is null ? (Keys.Count == 1 ? Keys.Values.First() : null) : Keys.GetValueOrDefault(keyId);
            if (key is null)
            {
                return KeyLookup.Failed(LaunchErrors.UnknownKey, $"The platform's JWKS has no key with kid '{keyId}'.");
            }

            if (key.Kty != JsonWebAlgorithmsKeyTypes.RSA || key.Use == "enc" || (key.Alg is { Length: > 0 } alg && alg != SecurityAlgorithms.RsaSha256))
            {
                return KeyLookup.Failed(LaunchErrors.WrongKeyType, $"The platform key '{key.Kid}' is not an RSA signing key for RS256 (kty {key.Kty}).");
            }

            return KeyLookup.Found(RsaKeys.GetOrAdd(key));
        }
    }
}
