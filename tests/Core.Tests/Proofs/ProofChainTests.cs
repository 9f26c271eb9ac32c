using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Proof chains (<c>previousProof</c>): a later proof signs over the proof it names.</summary>
public sealed class ProofChainTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly Ed25519SigningKey _issuerKey = Ed25519SigningKey.FromSeed(Enumerable.Repeat((byte)3, 32).ToArray());
    private readonly Ed25519SigningKey _endorserKey = Ed25519SigningKey.FromSeed(Enumerable.Repeat((byte)4, 32).ToArray());
    private readonly JsonTextCanonicalizer _canonicalizer = new();

    [Fact]
    public async Task VerifyAsync_ChainedProof_Verifies()
    {
        var result = await Verifier().VerifyAsync(Chain(), TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Sign_ChainedProof_NamesPreviousProof()
    {
        var second = Chain()["proof"]![1]!;

        Assert.Equal("urn:uuid:first-proof", (string?)second["previousProof"]);
    }

    [Fact]
    public async Task VerifyAsync_PreviousProofValueChanged_SecondProofFails()
    {
        var chain = Chain();
        var first = chain["proof"]![0]!.AsObject();
        first["created"] = "2026-06-30T12:00:01Z";

        var result = await Verifier().VerifyAsync(chain, TestContext.Current.CancellationToken);

        Assert.Equal(["Proof 1:", "Proof 2:"], result.Errors.Select(e => e.Message[..8]));
    }

    [Fact]
    public async Task VerifyAsync_PreviousProofRemoved_MalformedProof()
    {
        var chain = Chain();
        chain["proof"] = new JsonArray(chain["proof"]![1]!.DeepClone());

        var result = await Verifier().VerifyAsync(chain, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.MalformedProof], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Sign_PreviousProofAbsent_Throws()
    {
        var options = new DataIntegrityProofOptions(_endorserKey.DidKeyVerificationMethod, Created) { PreviousProof = ["urn:uuid:missing"] };

        Assert.Throws<ArgumentException>(() => new EddsaRdfc2022Signer(_canonicalizer).Sign(Credential(), options, _endorserKey, TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _issuerKey.Dispose();
        _endorserKey.Dispose();
    }

    private JsonObject Credential()
    {
        var credential = SampleOpenBadgeCredential.Build();
        credential["issuer"]!["id"] = _issuerKey.DidKey;
        return credential;
    }

    private JsonObject Chain()
    {
        var signer = new EddsaRdfc2022Signer(_canonicalizer);
        var first = signer.Sign(
            Credential(),
            new DataIntegrityProofOptions(_issuerKey.DidKeyVerificationMethod, Created) { Id = "urn:uuid:first-proof" },
            _issuerKey,
            TestContext.Current.CancellationToken);
        return signer.Sign(
            first,
            new DataIntegrityProofOptions(_issuerKey.DidKeyVerificationMethod, Created) { Id = "urn:uuid:second-proof", PreviousProof = ["urn:uuid:first-proof"] },
            _issuerKey,
            TestContext.Current.CancellationToken);
    }

    private DataIntegrityVerifier Verifier() =>
        new(_canonicalizer, new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject>())), ProofTestClock.Create());
}
