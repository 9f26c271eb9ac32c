using System.Net;
using System.Text.Json.Nodes;
using Insignia.Host.Tests.Infrastructure;
using Insignia.Testing.Credentials;

namespace Insignia.Host.Tests.Issuer;

public sealed class IssuerEndpointsTests : IDisposable
{
    private readonly InsigniaAppFactory _app = IssuerApp.Create();

    [Fact]
    public async Task Profile_DefaultIssuer_MatchesProfileSchema()
    {
        var profile = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/issuers/default", UriKind.Relative), TestContext.Current.CancellationToken))!;

        Assert.Empty(OpenBadgeSchema.ProfileErrors(profile));
    }

    [Fact]
    public async Task Profile_UnknownIssuer_NotFound()
    {
        var response = await _app.CreateClient().GetAsync(new Uri("/issuers/nobody", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DidDocument_Issuer_ListsMultikeyUnderAssertionMethod()
    {
        var did = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/issuers/default/did.json", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var method = did["verificationMethod"]![0]!;

        Assert.Equal(
            ("did:web:insignia.test:issuers:default", "Multikey", (string?)method["id"]),
            ((string?)did["id"], (string?)method["type"], (string?)did["assertionMethod"]![0]));
    }

    [Fact]
    public async Task DidDocument_Host_UsesHostDid()
    {
        var did = JsonNode.Parse(await _app.CreateClient().GetStringAsync(new Uri("/.well-known/did.json", UriKind.Relative), TestContext.Current.CancellationToken))!;

        Assert.Equal("did:web:insignia.test", (string?)did["id"]);
    }

    public void Dispose() => _app.Dispose();
}
