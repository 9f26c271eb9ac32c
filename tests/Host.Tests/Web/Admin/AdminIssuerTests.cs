using System.Net;
using System.Text.Json.Nodes;
using Insignia.Core.Ports;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Host.Tests.Issuer;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Web.Admin;

/// <summary>/admin/issuer over HTTP: the profile form and key rotation with its confirmation.</summary>
public sealed class AdminIssuerTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();
    private readonly AdminSession _session;

    public AdminIssuerTests() => _session = new AdminSession(_app);

    public void Dispose()
    {
        _session.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task SaveProfile_Valid_PublicProfileNamesItWithTheSepKey()
    {
        var (status, _, _) = await SaveProfileAsync("Universidad Tecnológica del Valle", "becas@utv.edu.mx");

        Assert.Equal(HttpStatusCode.Redirect, status);
        var profile = JsonNode.Parse(await _session.Client.GetStringAsync(new Uri("/issuers/default", UriKind.Relative), TestContext.Current.CancellationToken))!;
        Assert.Equal("Universidad Tecnológica del Valle", (string?)profile["name"]);
        Assert.Contains("09PSU0001X", profile["otherIdentifier"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveProfile_BadEmailAndNoName_Is422AndTheProfileStays()
    {
        var before = _app.Services.GetRequiredService<IssuerDirectory>().Profile.Name;

        var (status, body, _) = await SaveProfileAsync(string.Empty, "not-an-email");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.All(["name", "email"], field => Assert.Contains($"data-error-for=\"{field}\"", body, StringComparison.Ordinal));
        Assert.Equal(before, _app.Services.GetRequiredService<IssuerDirectory>().Profile.Name);
    }

    [Fact]
    public async Task Rotate_WithoutConfirmation_Is422AndKeepsTheKey()
    {
        var before = await KeysAsync();

        var (status, body, _) = await _session.PostAsync("/admin/issuer/rotate?algorithm=ed25519&lang=en", "/admin/issuer/rotate?lang=en", ("algorithm", "ed25519"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("data-error-for=\"confirm\"", body, StringComparison.Ordinal);
        Assert.Equal(before.Select(k => k.KeyId), (await KeysAsync()).Select(k => k.KeyId));
    }

    [Fact]
    public async Task Rotate_UnknownAlgorithm_Is422()
    {
        var (status, _, _) = await _session.PostAsync("/admin/issuer?lang=en", "/admin/issuer/rotate?lang=en", ("algorithm", "dsa"), ("confirm", "yes"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
    }

    [Fact]
    public async Task Rotate_Confirmed_NewKeySignsOldStaysInDidDocumentAndOldCredentialsVerify()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var signedBefore = (await IssuerApp.CredentialsAsync(_app.Services))[0];
        var oldKey = (await KeysAsync()).Single(k => k.Algorithm == SigningAlgorithm.Ed25519 && k.RetiredAt is null);

        var (status, _, location) = await _session.PostAsync("/admin/issuer/rotate?algorithm=ed25519&lang=en", "/admin/issuer/rotate?lang=en", ("algorithm", "ed25519"), ("confirm", "yes"));

        Assert.Equal((HttpStatusCode.Redirect, "/admin/issuer?done=rotated&lang=en"), (status, location));
        var keys = await KeysAsync();
        var newKey = keys.Single(k => k.Algorithm == SigningAlgorithm.Ed25519 && k.RetiredAt is null);
        Assert.NotEqual(oldKey.KeyId, newKey.KeyId);
        var did = await _session.Client.GetStringAsync(new Uri("/issuers/default/did.json", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains($"#{oldKey.KeyId}", did, StringComparison.Ordinal);
        Assert.Contains($"#{newKey.KeyId}", did, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(signedBefore.Json, TestContext.Current.CancellationToken);
        Assert.True(report.Verified, string.Join("; ", report.Errors));
        var page = await _session.GetAsync("/admin/issuer?lang=en");
        Assert.Contains($"data-key=\"{oldKey.KeyId}\" data-state=\"retired\"", page, StringComparison.Ordinal);
    }

    private Task<(HttpStatusCode Status, string Body, string? Location)> SaveProfileAsync(string name, string email) =>
        _session.PostAsync("/admin/issuer?lang=en", "/admin/issuer?lang=en", ("name", name), ("url", "https://utv.edu.mx/"), ("email", email), ("image", string.Empty),
            ("description", "Institución pública."), ("identifiers", "ext:SEPInstitutionKey=09PSU0001X"));

    private async Task<IReadOnlyList<PublicSigningKey>> KeysAsync()
    {
        IReadOnlyList<PublicSigningKey> keys = [];
        await _app.WithScopeAsync(async sp => keys = await sp.GetRequiredService<IKeyStore>().ListPublicKeysAsync("default", TestContext.Current.CancellationToken));
        return keys;
    }
}
