using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Testing.Credentials;

namespace Insignia.Core.Tests.Proofs;

/// <summary>
/// End to end with the product RDFC-1.0 canonicalizer: canonical N-Quads byte for byte, signatures and tamper
/// detection. These skip until the linked-data branch provides <c>LinkedDataCanonicalizer</c>.
/// </summary>
public sealed class RdfcProofVectorTests
{
    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EmbeddedContextNames), MemberType = typeof(DataIntegrityVectors))]
    public void Canonicalize_VectorDocument_MatchesPublishedNQuads(string name)
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(name);

        Assert.Equal(vector.CanonicalDocument, canonicalizer.Canonicalize(vector.Unsigned, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EmbeddedContextNames), MemberType = typeof(DataIntegrityVectors))]
    public void Canonicalize_VectorProofConfig_MatchesPublishedNQuads(string name)
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(name);

        Assert.Equal(vector.CanonicalProofConfig, canonicalizer.Canonicalize(vector.ProofConfig, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EmbeddedContextNames), MemberType = typeof(DataIntegrityVectors))]
    public void Sign_VectorDocument_ProducesPublishedProofValue(string name)
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(name);
        using var key = Ed25519SigningKey.FromSeed(vector.Seed);

        var signed = new EddsaRdfc2022Signer(canonicalizer).Sign(
            vector.Unsigned, new DataIntegrityProofOptions(vector.VerificationMethod, vector.Created), key, TestContext.Current.CancellationToken);

        Assert.Equal(vector.ProofValue, (string)signed["proof"]![0]!["proofValue"]!);
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EmbeddedContextNames), MemberType = typeof(DataIntegrityVectors))]
    public async Task VerifyAsync_PublishedCredential_Verifies(string name)
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(name);
        var verifier = vector.Verifier(canonicalizer);

        var result = await verifier.VerifyAsync(vector.Signed, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData(DataIntegrityVectors.OpenBadges)]
    [InlineData(DataIntegrityVectors.Clr)]
    public async Task VerifyAsync_EveryValueTamperOfPublishedCredential_IsRejected(string name)
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(name);
        var verifier = vector.Verifier(canonicalizer);
        var accepted = new List<string>();

        foreach (var (path, tampered) in TamperCases.ValueChanges(vector.Signed))
        {
            if ((await verifier.VerifyAsync(tampered, TestContext.Current.CancellationToken)).Verified)
            {
                accepted.Add(path);
            }
        }

        Assert.Empty(accepted);
    }

    /// <remarks>
    /// Not run on the CLR vector: it repeats the issuer profile and @context inside each embedded credential, and
    /// removing one copy of a repeated statement leaves the RDF dataset, and so the signature, unchanged.
    /// </remarks>
    [Fact]
    public async Task VerifyAsync_EveryPropertyRemovalFromOpenBadgesVector_IsRejected()
    {
        var canonicalizer = RealCanonicalizer.Get();
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);
        var verifier = vector.Verifier(canonicalizer);
        var accepted = new List<string>();

        foreach (var (path, tampered) in TamperCases.PropertyRemovals(vector.Signed))
        {
            if ((await verifier.VerifyAsync(tampered, TestContext.Current.CancellationToken)).Verified)
            {
                accepted.Add(path);
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public async Task VerifyAsync_EveryTamperOfSignedRichCredential_IsRejected()
    {
        var canonicalizer = RealCanonicalizer.Get();
        using var key = Ed25519SigningKey.FromSeed(new byte[32]);
        var signed = SignRich(canonicalizer, key);
        var verifier = new DataIntegrityVerifier(canonicalizer, new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject>())), ProofTestClock.Create());
        var accepted = new List<string>();

        foreach (var (path, tampered) in TamperCases.ValueChanges(signed).Concat(TamperCases.PropertyRemovals(signed)))
        {
            if ((await verifier.VerifyAsync(tampered, TestContext.Current.CancellationToken)).Verified)
            {
                accepted.Add(path);
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public async Task VerifyAsync_SignedRichOpenBadgeCredential_Verifies()
    {
        var canonicalizer = RealCanonicalizer.Get();
        using var key = Ed25519SigningKey.FromSeed(new byte[32]);
        var signed = SignRich(canonicalizer, key);
        var verifier = new DataIntegrityVerifier(canonicalizer, new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, JsonObject>())), ProofTestClock.Create());

        var result = await verifier.VerifyAsync(signed, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    private static JsonObject SignRich(IRdfCanonicalizer canonicalizer, Ed25519SigningKey key)
    {
        var credential = SampleOpenBadgeCredential.Build();
        credential["issuer"]!["id"] = key.DidKey;
        return new EddsaRdfc2022Signer(canonicalizer).Sign(
            credential,
            new DataIntegrityProofOptions(key.DidKeyVerificationMethod, new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero)),
            key,
            TestContext.Current.CancellationToken);
    }
}
