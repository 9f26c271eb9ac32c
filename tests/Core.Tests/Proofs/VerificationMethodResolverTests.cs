using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class VerificationMethodResolverTests
{
    private const string PublicKeyMultibase = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    [Fact]
    public async Task ResolveAsync_DidWebRelativeMethod_FoundAndAuthorized()
    {
        var resolver = Resolver(("https://badges.example.edu/.well-known/did.json", DidDocument("did:web:badges.example.edu", "#key-1", "#key-1")));

        var resolution = await resolver.ResolveAsync("did:web:badges.example.edu#key-1", TestContext.Current.CancellationToken);

        Assert.Equal(("Multikey", true), (resolution.Method?.Type, resolution.Method?.AuthorizedForAssertion));
    }

    [Fact]
    public async Task ResolveAsync_DidWebMissingDocument_NotFound()
    {
        var resolution = await Resolver().ResolveAsync("did:web:badges.example.edu#key-1", TestContext.Current.CancellationToken);

        Assert.Equal(ProofErrors.VerificationMethodNotFound, resolution.Error?.Code);
    }

    [Fact]
    public async Task ResolveAsync_StandaloneEd25519VerificationKey2020_Found()
    {
        var method = new JsonObject
        {
            ["id"] = "https://issuer.example/keys/1",
            ["type"] = "Ed25519VerificationKey2020",
            ["controller"] = "https://issuer.example/",
            ["publicKeyMultibase"] = PublicKeyMultibase,
        };

        var resolution = await Resolver(("https://issuer.example/keys/1", method)).ResolveAsync("https://issuer.example/keys/1", TestContext.Current.CancellationToken);

        Assert.Equal(VerificationKeyType.Ed25519, resolution.Method?.Key.KeyType);
    }

    [Fact]
    public async Task ResolveAsync_EmbeddedAssertionMethod_FoundAndAuthorized()
    {
        var document = new JsonObject
        {
            ["id"] = "https://issuer.example/",
            ["assertionMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = "https://issuer.example/#k",
                ["type"] = "Multikey",
                ["publicKeyMultibase"] = PublicKeyMultibase,
            }),
        };

        var resolution = await Resolver(("https://issuer.example/", document)).ResolveAsync("https://issuer.example/#k", TestContext.Current.CancellationToken);

        Assert.True(resolution.Method?.AuthorizedForAssertion);
    }

    [Fact]
    public async Task ResolveAsync_OkpJsonWebKey_Ed25519()
    {
        var document = DidDocument("did:web:issuer.example", "#jwk", "#jwk");
        document["verificationMethod"]![0] = new JsonObject
        {
            ["id"] = "#jwk",
            ["type"] = "JsonWebKey",
            ["publicKeyJwk"] = new JsonObject { ["kty"] = "OKP", ["crv"] = "Ed25519", ["x"] = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" },
        };

        var resolution = await Resolver(("https://issuer.example/.well-known/did.json", document)).ResolveAsync("did:web:issuer.example#jwk", TestContext.Current.CancellationToken);

        Assert.Equal(Convert.FromBase64String("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="), resolution.Method?.Key.Ed25519PublicKey.ToArray());
    }

    [Theory]
    [InlineData("""{ "kty": "oct", "k": "c2VjcmV0" }""", ProofErrors.WrongKeyType)]
    [InlineData("""{ "kty": "EC", "crv": "P-256", "x": "AA", "y": "AA" }""", ProofErrors.WrongKeyType)]
    [InlineData("""{ "kty": "OKP", "crv": "X25519", "x": "AA" }""", ProofErrors.WrongKeyType)]
    [InlineData("""{ "kty": "OKP", "crv": "Ed25519", "x": "AAAA" }""", ProofErrors.MalformedVerificationMethod)]
    [InlineData("""{ "kty": "RSA", "n": "AQAB", "e": "AQAB" }""", ProofErrors.WrongKeyType)]
    [InlineData("""{ "crv": "Ed25519" , "type": "Unknown" }""", ProofErrors.UnsupportedVerificationMethod)]
    public async Task ResolveAsync_UnacceptableJwk_ExplainsProblem(string jwk, string code)
    {
        var resolution = await Resolver(("https://issuer.example/key.json", JsonNode.Parse(jwk)!.AsObject()))
            .ResolveAsync("https://issuer.example/key.json", TestContext.Current.CancellationToken);

        Assert.Equal(code, resolution.Error?.Code);
    }

    [Theory]
    [InlineData("http://issuer.example/key.json")]
    [InlineData("did:example:123#key")]
    [InlineData("not a url")]
    public async Task ResolveAsync_UnsupportedScheme_Unsupported(string id)
    {
        var resolution = await Resolver().ResolveAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal(ProofErrors.UnsupportedVerificationMethod, resolution.Error?.Code);
    }

    private static JsonObject DidDocument(string did, string methodId, string assertionMethod) => new()
    {
        ["id"] = did,
        ["verificationMethod"] = new JsonArray(new JsonObject
        {
            ["id"] = methodId,
            ["type"] = "Multikey",
            ["controller"] = did,
            ["publicKeyMultibase"] = PublicKeyMultibase,
        }),
        ["assertionMethod"] = new JsonArray(assertionMethod),
    };

    private static VerificationMethodResolver Resolver(params (string Url, JsonObject Document)[] documents) =>
        new(new InMemoryKeyDocumentLoader(documents.ToDictionary(d => d.Url, d => d.Document)));
}
