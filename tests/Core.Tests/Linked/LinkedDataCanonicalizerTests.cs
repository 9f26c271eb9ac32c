using System.Text.Json.Nodes;
using Insignia.Core.Linked;

namespace Insignia.Core.Tests.Linked;

public sealed class LinkedDataCanonicalizerTests
{
    public static TheoryData<string> Vectors => CredentialVectors.Names;

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Canonicalize_PublishedCredential_MatchesVectorByteForByte(string vector)
    {
        var credential = CredentialVectors.UnsignedCredential(vector);

        var canonical = LinkedDataCanonicalizer.Canonicalize(credential, TestContext.Current.CancellationToken);

        Assert.Equal(CredentialVectors.Text(vector, "document-canon.txt"), canonical);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Canonicalize_PublishedProofConfiguration_MatchesVectorByteForByte(string vector)
    {
        var proof = CredentialVectors.ProofConfiguration(vector);

        var canonical = LinkedDataCanonicalizer.Canonicalize(proof, TestContext.Current.CancellationToken);

        Assert.Equal(CredentialVectors.Text(vector, "proof-canon.txt"), canonical);
    }

    [Fact]
    public void Canonicalize_CalledRepeatedlyInParallel_GivesTheSameResult()
    {
        var expected = CredentialVectors.Text("ob3/test-vectors/obv3p0", "document-canon.txt");
        var results = new string[64];

        Parallel.For(0, results.Length, i => results[i] = LinkedDataCanonicalizer.Canonicalize(
            CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0"), TestContext.Current.CancellationToken));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Canonicalize_UnknownContextUrl_ThrowsLoadingRemoteContextFailedNamingTheUrl()
    {
        var credential = CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0");
        credential["@context"]!.AsArray().Add("https://evil.example/context.jsonld");

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(credential, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCode.LoadingRemoteContextFailed, exception.Code);
        Assert.Contains("https://evil.example/context.jsonld", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalize_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            LinkedDataCanonicalizer.Canonicalize(CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0"), cancelled.Token));
    }

    [Fact]
    public void Canonicalize_InvalidIdValue_ThrowsTypedError()
    {
        var credential = CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0");
        credential["id"] = 42;

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(credential, TestContext.Current.CancellationToken));

        Assert.Equal("invalid @id value", exception.SpecCode);
    }

    [Fact]
    public void Canonicalize_RedefiningProtectedTerm_ThrowsProtectedTermRedefinition()
    {
        var credential = CredentialVectors.UnsignedCredential("ob3/test-vectors/obv3p0");
        credential["@context"]!.AsArray().Add(JsonNode.Parse("""{"name": "https://evil.example/name"}"""));

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(credential, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCode.ProtectedTermRedefinition, exception.Code);
    }

    [Fact]
    public void Canonicalize_DeeplyNestedDocument_ThrowsTypedErrorInsteadOfOverflowingTheStack()
    {
        var document = new JsonObject { ["@id"] = "urn:example:root" };
        var current = document;
        for (var i = 0; i < 1_000; i++)
        {
            var child = new JsonObject();
            current["https://example.org/child"] = child;
            current = child;
        }

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(document, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, exception.Code);
    }

    [Fact]
    public void Canonicalize_NumberBeyondDoubleRange_ThrowsTypedError()
    {
        var document = JsonNode.Parse("""{"@id": "urn:example:x", "https://example.org/n": 1e400}""")!.AsObject();

        var exception = Assert.Throws<JsonLdException>(() => LinkedDataCanonicalizer.Canonicalize(document, TestContext.Current.CancellationToken));

        Assert.Equal(JsonLdErrorCode.LoadingDocumentFailed, exception.Code);
    }

    [Theory]
    [InlineData("5", "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")]
    [InlineData("5.25", "\"5.25E0\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("true", "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("{\"@value\": {\"b\": 1, \"a\": [2.50, \"x\"]}, \"@type\": \"@json\"}", "\"{\\\"a\\\":[2.5,\\\"x\\\"],\\\"b\\\":1}\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>")]
    public void Canonicalize_NativeValues_UseCanonicalLexicalForms(string json, string literal)
    {
        var document = JsonNode.Parse($$"""{"@id": "urn:example:x", "https://example.org/v": {{json}}}""")!.AsObject();

        var canonical = LinkedDataCanonicalizer.Canonicalize(document, TestContext.Current.CancellationToken);

        Assert.Equal($"<urn:example:x> <https://example.org/v> {literal} .\n", canonical);
    }
}
