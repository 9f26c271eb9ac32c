using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class ControllerDocumentBuilderTests
{
    private const string Did = "did:web:badges.example.edu";

    [Fact]
    public async Task ControllerDocument_Ed25519Multikey_ResolvesThroughDidWeb()
    {
        using var key = Ed25519SigningKey.FromSeed(new byte[32]);
        var document = ControllerDocumentBuilder.ControllerDocument(Did, ControllerDocumentBuilder.Multikey(Did + "#key-1", Did, key.PublicKey));

        var resolution = await Resolver(document).ResolveAsync(Did + "#key-1", TestContext.Current.CancellationToken);

        Assert.Equal((Convert.ToHexString(key.PublicKey), true), (Convert.ToHexString(resolution.Method!.Key.Ed25519PublicKey.Span), resolution.Method.AuthorizedForAssertion));
    }

    [Fact]
    public async Task ControllerDocument_RsaJsonWebKey_ResolvesThroughDidWeb()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        var document = ControllerDocumentBuilder.ControllerDocument(Did, ControllerDocumentBuilder.RsaJsonWebKey(Did + "#rsa", Did, parameters));

        var resolution = await Resolver(document).ResolveAsync(Did + "#rsa", TestContext.Current.CancellationToken);

        Assert.Equal(parameters.Modulus, resolution.Method?.Key.RsaParameters.Modulus);
    }

    private static VerificationMethodResolver Resolver(JsonObject document) =>
        new(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject> { ["https://badges.example.edu/.well-known/did.json"] = document }));
}
