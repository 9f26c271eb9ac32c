using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Sign/verify round trips and tamper detection; the canonical form here is a JSON stand-in for RDFC.</summary>
public sealed class DataIntegritySigningTests : IDisposable
{
    private const string Issuer = "https://badges.example.edu/issuers/7";
    private const string KeyOne = Issuer + "#key-1";
    private const string KeyTwo = Issuer + "#key-2";
    private static readonly DateTimeOffset Created = new(2026, 6, 30, 12, 0, 5, TimeSpan.Zero);
    private readonly Ed25519SigningKey _key = Ed25519SigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
    private readonly Ed25519SigningKey _otherKey = Ed25519SigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(255 - i)).ToArray());
    private readonly JsonTextCanonicalizer _canonicalizer = new();

    [Fact]
    public async Task VerifyAsync_SignedRichCredential_Verifies()
    {
        var signed = Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne);

        var result = await Verifier().VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task VerifyAsync_DidKeyIssuer_Verifies()
    {
        var credential = SampleOpenBadgeCredential.Build();
        credential["issuer"]!["id"] = _key.DidKey;
        var signed = Sign(credential, _key, _key.DidKeyVerificationMethod);

        var result = await Verifier().VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Sign_Default_WritesProofArrayWithSuiteFields()
    {
        var proof = Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne)["proof"]!.AsArray().Single()!.AsObject();

        Assert.Equal(
            ("DataIntegrityProof", "eddsa-rdfc-2022", "2026-06-30T12:00:05Z", KeyOne, "assertionMethod"),
            ((string?)proof["type"], (string?)proof["cryptosuite"], (string?)proof["created"], (string?)proof["verificationMethod"], (string?)proof["proofPurpose"]));
    }

    [Fact]
    public void Sign_Input_IsNotModified()
    {
        var unsigned = SampleOpenBadgeCredential.Build();

        Sign(unsigned, _key, KeyOne);

        Assert.True(JsonNode.DeepEquals(SampleOpenBadgeCredential.Build(), unsigned));
    }

    [Fact]
    public async Task VerifyAsync_EveryValueTamper_IsRejected()
    {
        var signed = Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne);
        var accepted = new List<string>();

        foreach (var (path, tampered) in TamperCases.ValueChanges(signed))
        {
            var result = await Verifier().VerifyAsync(tampered, TestContext.Current.CancellationToken);
            if (result.Verified)
            {
                accepted.Add(path);
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public async Task VerifyAsync_EveryPropertyRemoval_IsRejected()
    {
        var signed = Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne);
        var accepted = new List<string>();

        foreach (var (path, tampered) in TamperCases.PropertyRemovals(signed))
        {
            var result = await Verifier().VerifyAsync(tampered, TestContext.Current.CancellationToken);
            if (result.Verified)
            {
                accepted.Add(path);
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public async Task VerifyAsync_ProofSetOfTwoKeys_VerifiesBoth()
    {
        var signed = Sign(Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne), _otherKey, KeyTwo);

        var result = await Verifier().VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.Equal((true, 2), (result.Verified, signed["proof"]!.AsArray().Count));
    }

    [Fact]
    public async Task VerifyAsync_ProofSetWithOneBadProof_NamesTheBadProof()
    {
        var signed = Sign(Sign(SampleOpenBadgeCredential.Build(), _key, KeyOne), _otherKey, KeyTwo);
        signed["proof"]![1]!["verificationMethod"] = KeyOne;

        var result = await Verifier().VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.Equal([(ProofErrors.InvalidSignature, "Proof 2:")], result.Errors.Select(e => (e.Code, e.Message[..8])));
    }

    [Fact]
    public async Task VerifyAsync_SignedByOtherKeyThanMethod_IsInvalidSignature()
    {
        var signed = Sign(SampleOpenBadgeCredential.Build(), _otherKey, KeyOne);

        var result = await Verifier().VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.InvalidSignature], result.Errors.Select(e => e.Code));
    }

    public void Dispose()
    {
        _key.Dispose();
        _otherKey.Dispose();
    }

    private JsonObject Sign(JsonObject document, Ed25519SigningKey key, string method) =>
        new EddsaRdfc2022Signer(_canonicalizer).Sign(document, new DataIntegrityProofOptions(method, Created), key, TestContext.Current.CancellationToken);

    private DataIntegrityVerifier Verifier() =>
        new(_canonicalizer, new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject> { [Issuer] = IssuerDocument() })), ProofTestClock.Create());

    private JsonObject IssuerDocument() => new()
    {
        ["id"] = Issuer,
        ["verificationMethod"] = new JsonArray(
            new JsonObject { ["id"] = KeyOne, ["type"] = "Multikey", ["controller"] = Issuer, ["publicKeyMultibase"] = _key.PublicKeyMultibase },
            new JsonObject { ["id"] = KeyTwo, ["type"] = "Multikey", ["controller"] = Issuer, ["publicKeyMultibase"] = _otherKey.PublicKeyMultibase }),
        ["assertionMethod"] = new JsonArray(KeyOne, KeyTwo),
    };
}
