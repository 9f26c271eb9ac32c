using System.Security.Cryptography;
using System.Text.Json;
using Insignia.Host.Lti;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Tests.Lti.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Host.Tests.Lti.Keys;

public sealed class PlatformKeyCacheTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly CountingSource _source = new();
    private readonly PlatformKeyCache _cache;

    public PlatformKeyCacheTests() =>
        _cache = new PlatformKeyCache(_source, Options.Create(new LtiToolOptions()), _time, NullLogger<PlatformKeyCache>.Instance);

    [Fact]
    public async Task FindAsync_KnownKidTwice_FetchesOnce()
    {
        await _cache.FindAsync("https://p/jwks", "k1", TestContext.Current.CancellationToken);
        await _cache.FindAsync("https://p/jwks", "k1", TestContext.Current.CancellationToken);

        Assert.Equal(1, _source.Fetches);
    }

    [Fact]
    public async Task FindAsync_UnknownKidWithinMinimumInterval_DoesNotRefetch()
    {
        await _cache.FindAsync("https://p/jwks", "k1", TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromSeconds(5));

        var lookup = await _cache.FindAsync("https://p/jwks", "unknown", TestContext.Current.CancellationToken);

        Assert.Equal((LaunchErrors.UnknownKey, 1), (lookup.ErrorCode, _source.Fetches));
    }

    [Fact]
    public async Task FindAsync_UnknownKidAfterMinimumInterval_RefetchesOnce()
    {
        await _cache.FindAsync("https://p/jwks", "k1", TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(1));

        await _cache.FindAsync("https://p/jwks", "unknown", TestContext.Current.CancellationToken);

        Assert.Equal(2, _source.Fetches);
    }

    [Fact]
    public async Task FindAsync_SourceDown_ReturnsJwksUnavailable()
    {
        _source.Down = true;

        var lookup = await _cache.FindAsync("https://p/jwks", "k1", TestContext.Current.CancellationToken);

        Assert.Equal(LaunchErrors.JwksUnavailable, lookup.ErrorCode);
    }

    public void Dispose() => _cache.Dispose();

    private sealed class CountingSource : IJwksSource
    {
        private readonly string _json;

        public CountingSource()
        {
            using var rsa = RSA.Create(2048);
            var p = rsa.ExportParameters(false);
            _json = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", kid = "k1", n = PlatformSimulator.B64(p.Modulus!), e = PlatformSimulator.B64(p.Exponent!) } } });
        }

        public int Fetches { get; private set; }

        public bool Down { get; set; }

        public Task<JsonWebKeySet> FetchAsync(string jwksUrl, CancellationToken cancellationToken)
        {
            Fetches++;
            return Down ? throw new JwksUnavailableException("the JWKS endpoint answered HTTP 503") : Task.FromResult(new JsonWebKeySet(_json));
        }
    }
}
