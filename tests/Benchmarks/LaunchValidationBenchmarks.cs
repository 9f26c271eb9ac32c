using System.Security.Cryptography;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Insignia.Host.Lti;
using Insignia.Host.Lti.Keys;
using Insignia.Host.Lti.Launch;
using Insignia.Host.Lti.Launch.Steps;
using Insignia.Host.Lti.Login;
using Insignia.Host.Lti.Registrations;
using Insignia.Testing.Builders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Insignia.Benchmarks;

/// <summary>
/// The full launch validation pipeline (all eight steps) with the platform JWKS already cached: state ticket
/// unprotect, RS256 verify, claims, nonce store. Each operation validates a different pre-signed token.
/// </summary>
[MemoryDiagnoser]
public class LaunchValidationBenchmarks
{
    private const int Pool = 2_048;
    private const string Issuer = "https://moodle.example.test";
    private const string ClientId = "client-1";
    private LaunchRequest[] _requests = [];
    private LaunchValidator _validator = null!;
    private SwappableNonceStore _nonces = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        var jwks = JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = "k1", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        var time = TimeProvider.System;
        var options = Options.Create(new LtiToolOptions());
        var tickets = new LoginTicketProtector(new EphemeralDataProtectionProvider());
        var platforms = new StaticDirectory(new LtiPlatform("moodle", Issuer, ClientId, "https://m/auth", "https://m/token", "https://m/jwks") { Deployments = new HashSet<string> { "1" } });
        _nonces = new SwappableNonceStore(time);
        _validator = new LaunchValidator(
            [
                new ValidateState(tickets, time),
                new ResolvePlatform(platforms),
                new ValidateSignature(new PlatformKeyCache(new StaticJwks(jwks), options, time, NullLogger<PlatformKeyCache>.Instance)),
                new ValidateAudience(),
                new ValidateLifetime(options, time),
                new ValidateNonce(_nonces),
                new ValidateDeployment(platforms),
                new ValidateMessageType(),
            ],
            NullLogger<LaunchValidator>.Instance);
        var now = time.GetUtcNow();
        _requests = [.. Enumerable.Range(0, Pool).Select(i =>
        {
            var (state, nonce) = ($"state-{i}", $"nonce-{i}");
            var ticket = tickets.Protect(new LoginTicket(state, nonce, Issuer, ClientId, now.AddHours(2)));
            var token = new LaunchTokenBuilder(Issuer, ClientId, "1", nonce, now).With("exp", now.AddHours(2).ToUnixTimeSeconds()).SignedWith(rsa, "k1").Build();
            return new LaunchRequest(token, state, [ticket]);
        })];
        var check = _validator.ValidateAsync(_requests[0], CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (check.Rejection is { } rejection)
        {
            throw new InvalidOperationException($"Benchmark launch rejected: {rejection.Code} {rejection.Description}");
        }

        _nonces.Swap();
    }

    [Benchmark]
    public async Task<bool> ValidateLaunch()
    {
        var index = _next++ % Pool;
        if (index == 0)
        {
            _nonces.Swap(); // a fresh store per pass over the pool, so every nonce is new to the store
        }

        var context = await _validator.ValidateAsync(_requests[index], CancellationToken.None);
        return context.IsRejected;
    }

    private sealed class StaticDirectory(LtiPlatform platform) : ILtiPlatformDirectory
    {
        public ValueTask<IReadOnlyList<LtiPlatform>> FindByIssuerAsync(string issuer, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<LtiPlatform>>(issuer == platform.Issuer ? [platform] : []);

        public ValueTask AddDeploymentAsync(LtiPlatform platform, string deploymentId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private sealed class StaticJwks(string json) : IJwksSource
    {
        public Task<JsonWebKeySet> FetchAsync(string jwksUrl, CancellationToken cancellationToken) => Task.FromResult(new JsonWebKeySet(json));
    }

    private sealed class SwappableNonceStore(TimeProvider time) : INonceStore
    {
        private MemoryNonceStore _inner = new(time);

        public void Swap() => _inner = new MemoryNonceStore(time);

        public ValueTask<bool> TryConsumeAsync(string platform, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            _inner.TryConsumeAsync(platform, nonce, expiresAt, cancellationToken);
    }
}
