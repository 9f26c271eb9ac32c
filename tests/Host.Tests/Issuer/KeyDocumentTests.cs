using Insignia.Core.Ports;
using Insignia.Core.Proofs;
using Insignia.Host.Issuer;
using Insignia.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Insignia.Host.Tests.Issuer;

public sealed class KeyDocumentTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task Load_OwnIssuerDidDocument_ServedLocally()
    {
        var document = await _app.Services.GetRequiredService<IKeyDocumentLoader>()
            .LoadAsync(new Uri($"{IssuerApp.BaseUrl}issuers/default/did.json"), TestContext.Current.CancellationToken);

        Assert.Equal("did:web:insignia.test:issuers:default", (string?)document?["id"]);
    }

    [Fact]
    public async Task Load_OtherHostWithRemoteOff_Refused()
    {
        var document = await _app.Services.GetRequiredService<IKeyDocumentLoader>()
            .LoadAsync(new Uri("https://elsewhere.example/.well-known/did.json"), TestContext.Current.CancellationToken);

        Assert.Null(document);
    }

    [Fact]
    public async Task Check_CredentialSignedBeforeKeyRotation_StillVerifies()
    {
        await IssuerApp.DrainAsync(_app.Services);
        var credential = (await IssuerApp.CredentialsAsync(_app.Services))[0];

        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IKeyStore>().RotateAsync("default", SigningAlgorithm.Ed25519, TestContext.Current.CancellationToken);
        var report = await scope.ServiceProvider.GetRequiredService<CredentialChecker>().CheckAsync(credential.Json, TestContext.Current.CancellationToken);

        Assert.True(report.Verified, string.Join("; ", report.Errors));
    }

    public void Dispose() => _app.Dispose();
}
