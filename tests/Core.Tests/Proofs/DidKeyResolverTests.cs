using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class DidKeyResolverTests
{
    private const string Did = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private const string MethodId = Did + "#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    [Fact]
    public void CreateDocument_Ed25519DidKey_ListsMultikeyUnderAssertionMethod()
    {
        var (document, _) = DidKeyResolver.CreateDocument(Did);

        var expected = JsonNode.Parse($$"""
            {
              "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
              "id": "{{Did}}",
              "verificationMethod": [{ "id": "{{MethodId}}", "type": "Multikey", "controller": "{{Did}}",
                                       "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2" }],
              "authentication": ["{{MethodId}}"],
              "assertionMethod": ["{{MethodId}}"],
              "capabilityDelegation": ["{{MethodId}}"],
              "capabilityInvocation": ["{{MethodId}}"]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, document), document?.ToJsonString());
    }

    [Fact]
    public void Resolve_VectorMethod_GivesKeyFromW3cKeyPair()
    {
        using var key = Ed25519SigningKey.FromSeed(ProofVectors.W3cSeed());

        var resolution = DidKeyResolver.Resolve(MethodId);

        Assert.Equal(key.PublicKey, resolution.Method!.Key.Ed25519PublicKey.ToArray());
    }

    [Fact]
    public void Resolve_OtherFragment_NotFound()
    {
        var resolution = DidKeyResolver.Resolve(Did + "#key-2");

        Assert.Equal(ProofErrors.VerificationMethodNotFound, resolution.Error?.Code);
    }

    [Theory]
    [InlineData("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ", ProofErrors.MalformedVerificationMethod)]
    [InlineData("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ0", ProofErrors.MalformedVerificationMethod)]
    [InlineData("did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76", ProofErrors.WrongKeyType)]
    [InlineData("did:web:example.com", ProofErrors.UnsupportedVerificationMethod)]
    public void CreateDocument_NotEd25519DidKey_ExplainsProblem(string did, string code)
    {
        var (_, error) = DidKeyResolver.CreateDocument(did);

        Assert.Equal(code, error?.Code);
    }
}
