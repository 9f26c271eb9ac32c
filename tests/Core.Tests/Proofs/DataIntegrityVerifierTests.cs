using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Rejections, each starting from the W3C eddsa-rdfc-2022 vector with one thing wrong.</summary>
public sealed class DataIntegrityVerifierTests
{
    private readonly DataIntegrityVector _vector = DataIntegrityVectors.Get(DataIntegrityVectors.W3cAlumni);

    [Fact]
    public async Task VerifyAsync_NoProof_MissingProof()
    {
        var result = await VerifyAsync(_vector.Unsigned);

        Assert.Equal([ProofErrors.MissingProof], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_ProofIsString_MalformedProof()
    {
        var result = await VerifyAsync(WithProof(p => p.ReplaceWith("z123")));

        Assert.Equal([ProofErrors.MalformedProof], Codes(result));
    }

    [Theory]
    [InlineData("eddsa-jcs-2022")]
    [InlineData("ecdsa-rdfc-2019")]
    public async Task VerifyAsync_OtherCryptosuite_UnsupportedCryptosuite(string cryptosuite)
    {
        var result = await VerifyAsync(WithProof(p => p["cryptosuite"] = cryptosuite));

        Assert.Equal([ProofErrors.UnsupportedCryptosuite], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_OtherProofType_UnsupportedProofType()
    {
        var result = await VerifyAsync(WithProof(p => p["type"] = "Ed25519Signature2018"));

        Assert.Equal([ProofErrors.UnsupportedProofType], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_AuthenticationPurpose_InvalidProofPurpose()
    {
        var result = await VerifyAsync(WithProof(p => p["proofPurpose"] = "authentication"));

        Assert.Equal([ProofErrors.InvalidProofPurpose], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_ProofContextNotPrefixOfDocument_ContextMismatch()
    {
        var result = await VerifyAsync(WithProof(p => p["@context"] = new JsonArray("https://www.w3.org/ns/credentials/examples/v2")));

        Assert.Equal([ProofErrors.ContextMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_ProofContextSameAsDocument_Verifies()
    {
        var result = await VerifyAsync(WithProof(p => p["@context"] = _vector.Unsigned["@context"]!.DeepClone()));

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme")]
    [InlineData("z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZm0")]
    [InlineData("z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsC")]
    [InlineData("")]
    public async Task VerifyAsync_BadProofValue_MalformedProofValue(string proofValue)
    {
        var result = await VerifyAsync(WithProof(p => p["proofValue"] = proofValue));

        Assert.Equal([ProofErrors.MalformedProofValue], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_CreatedNotADateTime_MalformedProof()
    {
        var result = await VerifyAsync(WithProof(p => p["created"] = "yesterday"));

        Assert.Equal([ProofErrors.MalformedProof], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_P256DidKey_WrongKeyType()
    {
        var result = await VerifyAsync(WithProof(p => p["verificationMethod"] =
            "did:key:zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76#zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76"));

        Assert.Equal([ProofErrors.WrongKeyType], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_RsaKeyDocument_WrongKeyType()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var parameters = rsa.ExportParameters(false);
        var documents = new Dictionary<string, JsonObject>
        {
            ["https://issuer.example/keys/rsa"] = new()
            {
                ["kty"] = "RSA",
                ["n"] = Base64UrlText.Encode(parameters.Modulus),
                ["e"] = Base64UrlText.Encode(parameters.Exponent),
            },
        };

        var result = await VerifyAsync(WithProof(p => p["verificationMethod"] = "https://issuer.example/keys/rsa"), documents);

        Assert.Equal([ProofErrors.WrongKeyType], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_UnknownHttpsMethod_VerificationMethodNotFound()
    {
        var result = await VerifyAsync(WithProof(p => p["verificationMethod"] = "https://issuer.example/keys#1"));

        Assert.Equal([ProofErrors.VerificationMethodNotFound], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_MethodNotUnderAssertionMethod_NotAuthorized()
    {
        var documents = new Dictionary<string, JsonObject>
        {
            ["https://issuer.example/"] = new()
            {
                ["id"] = "https://issuer.example/",
                ["verificationMethod"] = new JsonArray(new JsonObject
                {
                    ["id"] = "https://issuer.example/#key-1",
                    ["type"] = "Multikey",
                    ["publicKeyMultibase"] = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                }),
                ["authentication"] = new JsonArray("#key-1"),
            },
        };

        var result = await VerifyAsync(WithProof(p => p["verificationMethod"] = "https://issuer.example/#key-1"), documents);

        Assert.Equal([ProofErrors.NotAuthorizedForPurpose], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_TamperedDocumentCanonicalForm_InvalidSignature()
    {
        var tampered = _vector.Signed.DeepClone().AsObject();
        tampered["credentialSubject"]!["alumniOf"] = "The School of Examplez";
        var canonicalizer = new VectorCanonicalizer(
            (ProofVectors.WithoutProof(tampered), _vector.CanonicalDocument.Replace("The School of Examples", "The School of Examplez", StringComparison.Ordinal)),
            (_vector.ProofConfig, _vector.CanonicalProofConfig));

        var result = await Verifier(canonicalizer).VerifyAsync(tampered, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.InvalidSignature], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_IssuerDoesNotControlKeyWhenRequired_IssuerKeyMismatch()
    {
        var verifier = new DataIntegrityVerifier(_vector.Canonicalizer(), new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject>())), ProofTestClock.Create());

        var result = await verifier.VerifyAsync(_vector.Signed, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.IssuerKeyMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_OpenBadgesVectorClaimingOtherIssuer_IssuerKeyMismatch()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);
        var forged = vector.Signed.DeepClone().AsObject();
        forged["issuer"]!["id"] = "https://other-university.example/issuers/1";

        var result = await vector.Verifier(vector.Canonicalizer()).VerifyAsync(forged, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.IssuerKeyMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_StandaloneKeyClaimingIssuerAsController_IssuerKeyMismatch()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);
        var documents = new Dictionary<string, JsonObject>(vector.KeyDocuments)
        {
            ["https://attacker.example/key"] = new()
            {
                ["id"] = "https://attacker.example/key",
                ["type"] = "Multikey",
                ["controller"] = "https://example.edu/issuers/565049",
                ["publicKeyMultibase"] = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
            },
        };
        var forged = vector.Signed.DeepClone().AsObject();
        forged["proof"]!["verificationMethod"] = "https://attacker.example/key";
        var verifier = new DataIntegrityVerifier(vector.Canonicalizer(), new VerificationMethodResolver(new InMemoryKeyDocumentLoader(documents)), ProofTestClock.Create());

        var result = await verifier.VerifyAsync(forged, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.IssuerKeyMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_DocumentClaimingAnotherId_MalformedVerificationMethod()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);
        var impostor = vector.KeyDocuments["https://example.edu/issuers/565049"].DeepClone().AsObject();
        impostor["verificationMethod"]![0]!["id"] = "https://attacker.example/issuer#key";
        impostor["assertionMethod"] = new JsonArray("https://attacker.example/issuer#key");
        var forged = vector.Signed.DeepClone().AsObject();
        forged["proof"]!["verificationMethod"] = "https://attacker.example/issuer#key";
        var documents = new Dictionary<string, JsonObject>(vector.KeyDocuments) { ["https://attacker.example/issuer"] = impostor };
        var verifier = new DataIntegrityVerifier(vector.Canonicalizer(), new VerificationMethodResolver(new InMemoryKeyDocumentLoader(documents)), ProofTestClock.Create());

        var result = await verifier.VerifyAsync(forged, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.MalformedVerificationMethod], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_CanonicalizerFails_CanonicalizationFailedNotException()
    {
        var result = await Verifier(new VectorCanonicalizer()).VerifyAsync(_vector.Signed, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.CanonicalizationFailed], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_Vector_CanonicalizesProofConfigAndUnsecuredDocument()
    {
        var canonicalizer = _vector.Canonicalizer();

        await Verifier(canonicalizer).VerifyAsync(_vector.Signed, TestContext.Current.CancellationToken);

        Assert.Equal([_vector.ProofConfig.ToJsonString(), _vector.Unsigned.ToJsonString()], canonicalizer.Calls.Select(c => c.ToJsonString()));
    }

    private static List<string> Codes(CredentialVerificationResult result) => [.. result.Errors.Select(e => e.Code)];

    /// <summary>The W3C vector's issuer is a placeholder that does not control its did:key, so binding is off here.</summary>
    private static DataIntegrityVerifier Verifier(IRdfCanonicalizer canonicalizer, IReadOnlyDictionary<string, JsonObject>? documents = null) => new(
        canonicalizer,
        new VerificationMethodResolver(new InMemoryKeyDocumentLoader(documents ?? new Dictionary<string, JsonObject>())),
        ProofTestClock.Create(),
        new CredentialVerificationOptions { RequireIssuerControlsKey = false });

    private JsonObject WithProof(Action<JsonObject> change)
    {
        var signed = _vector.Signed.DeepClone().AsObject();
        change(signed["proof"]!.AsObject());
        return signed;
    }

    private Task<CredentialVerificationResult> VerifyAsync(JsonObject document, IReadOnlyDictionary<string, JsonObject>? documents = null) =>
        Verifier(_vector.Canonicalizer(), documents).VerifyAsync(document, TestContext.Current.CancellationToken).AsTask();
}
