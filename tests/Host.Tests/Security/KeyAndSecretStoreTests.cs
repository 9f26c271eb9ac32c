using Insignia.Core.Ports;
using Insignia.Host.Persistence;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Security;

public sealed class KeyAndSecretStoreTests : IDisposable
{
    private readonly InsigniaAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task GetActiveKey_TwiceInParallel_CreatesOneKey()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var key = await scope.ServiceProvider.GetRequiredService<IKeyStore>().GetActiveKeyAsync("issuer-1", SigningAlgorithm.Ed25519, TestContext.Current.CancellationToken);
            return key.Public.KeyId;
        }));

        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task StoredPrivateKey_IsNotPlaintext()
    {
        SigningKeyPair? pair = null;
        string? stored = null;
        await _app.WithScopeAsync(async sp =>
        {
            pair = await sp.GetRequiredService<IKeyStore>().GetActiveKeyAsync("issuer-1", SigningAlgorithm.Rsa, TestContext.Current.CancellationToken);
            stored = (await sp.GetRequiredService<InsigniaDbContext>().SigningKeys.SingleAsync(k => k.Owner == "issuer-1", TestContext.Current.CancellationToken)).ProtectedPrivateKey;
        });

        Assert.DoesNotContain(Convert.ToBase64String(pair!.PrivateKey.Span)[..40], stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_KeepsOldPublicKeyPublished()
    {
        IReadOnlyList<PublicSigningKey> keys = [];
        string? activeAfter = null;
        string? first = null;
        await _app.WithScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IKeyStore>();
            first = (await store.GetActiveKeyAsync("issuer-1", SigningAlgorithm.Ed25519, TestContext.Current.CancellationToken)).Public.KeyId;
            await store.RotateAsync("issuer-1", SigningAlgorithm.Ed25519, TestContext.Current.CancellationToken);
            activeAfter = (await store.GetActiveKeyAsync("issuer-1", SigningAlgorithm.Ed25519, TestContext.Current.CancellationToken)).Public.KeyId;
            keys = await store.ListPublicKeysAsync("issuer-1", TestContext.Current.CancellationToken);
        });

        Assert.NotEqual(first, activeAfter);
        Assert.Contains(keys, k => k.KeyId == first && k.RetiredAt is not null);
    }

    [Fact]
    public async Task ConnectionToken_IsStoredEncryptedAndNeverListed()
    {
        const string token = "f3b1c2d4e5a6978812345678abcdef00";

        await _app.RunCliAsync("connection", "add", "--kind", "moodle", "--base-url", "https://moodle.example.edu.mx", "--name", "moodle-campus", "--token", token);
        var list = await _app.RunCliAsync("connection", "list");

        string? stored = null;
        await _app.WithScopeAsync(async sp => stored = (await sp.GetRequiredService<InsigniaDbContext>().Secrets.SingleAsync(TestContext.Current.CancellationToken)).ProtectedValue);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.Output, StringComparison.Ordinal);
        Assert.Contains("\"hasSecret\": true", list.Output, StringComparison.Ordinal);
    }
}
