using System.Text.Json.Nodes;
using Insignia.Core.Multiformats;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

/// <summary>Hashing, signing and verification against the published vectors, with their canonical forms.</summary>
public sealed class DataIntegrityVectorTests
{
    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public void HashCanonical_VectorProofConfig_MatchesPublishedHash(string name)
    {
        var vector = DataIntegrityVectors.Get(name);

        Assert.Equal(vector.ProofHash, DataIntegrityHashing.HashCanonical(vector.CanonicalProofConfig));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public void HashCanonical_VectorDocument_MatchesPublishedHash(string name)
    {
        var vector = DataIntegrityVectors.Get(name);

        Assert.Equal(vector.DocumentHash, DataIntegrityHashing.HashCanonical(vector.CanonicalDocument));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public void Sign_VectorHashData_MatchesPublishedSignature(string name)
    {
        var vector = DataIntegrityVectors.Get(name);
        using var key = Ed25519SigningKey.FromSeed(vector.Seed);

        var signature = key.Sign(DataIntegrityHashing.Combine(vector.CanonicalProofConfig, vector.CanonicalDocument));

        Assert.Equal(vector.Signature, signature);
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public void EncodeBase58Btc_VectorSignature_MatchesPublishedProofValue(string name)
    {
        var vector = DataIntegrityVectors.Get(name);

        Assert.Equal(vector.ProofValue, Multibase.EncodeBase58Btc(vector.Signature));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public void FromProof_VectorProof_EqualsPublishedProofConfig(string name)
    {
        var vector = DataIntegrityVectors.Get(name);

        var config = ProofConfiguration.FromProof(vector.Proof, vector.Unsigned["@context"]);

        Assert.True(JsonNode.DeepEquals(vector.ProofConfig, config), config.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EddsaRdfc2022Names), MemberType = typeof(DataIntegrityVectors))]
    public void Sign_VectorDocument_ProducesPublishedProofValue(string name)
    {
        var vector = DataIntegrityVectors.Get(name);
        using var key = Ed25519SigningKey.FromSeed(vector.Seed);
        var signer = new EddsaRdfc2022Signer(vector.Canonicalizer());

        var signed = signer.Sign(vector.Unsigned, new DataIntegrityProofOptions(vector.VerificationMethod, vector.Created), key, TestContext.Current.CancellationToken);

        Assert.Equal(vector.ProofValue, (string)signed["proof"]![0]!["proofValue"]!);
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.EddsaRdfc2022Names), MemberType = typeof(DataIntegrityVectors))]
    public void Sign_PublishedProofShape_EqualsPublishedSignedCredential(string name)
    {
        var vector = DataIntegrityVectors.Get(name);
        using var key = Ed25519SigningKey.FromSeed(vector.Seed);
        var options = new DataIntegrityProofOptions(vector.VerificationMethod, vector.Created) { ProofAsArray = vector.ProofIsArray };

        var signed = new EddsaRdfc2022Signer(vector.Canonicalizer()).Sign(vector.Unsigned, options, key, TestContext.Current.CancellationToken);

        Assert.True(JsonNode.DeepEquals(vector.Signed, signed), signed.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public async Task VerifyAsync_PublishedCredential_Verifies(string name)
    {
        var vector = DataIntegrityVectors.Get(name);
        var verifier = vector.Verifier(vector.Canonicalizer());

        var result = await verifier.VerifyAsync(vector.Signed, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Theory]
    [MemberData(nameof(DataIntegrityVectors.AllNames), MemberType = typeof(DataIntegrityVectors))]
    public async Task VerifyAsync_ProofInArray_Verifies(string name)
    {
        var vector = DataIntegrityVectors.Get(name);
        var secured = vector.Unsigned;
        secured["proof"] = new JsonArray(vector.Proof.DeepClone());
        var verifier = vector.Verifier(vector.Canonicalizer());

        var result = await verifier.VerifyAsync(secured, TestContext.Current.CancellationToken);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task VerifyAsync_OpenBadgesVector_ReportsSuiteAndIssuer()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);
        var verifier = vector.Verifier(vector.Canonicalizer());

        var result = await verifier.VerifyAsync(vector.Signed, TestContext.Current.CancellationToken);

        Assert.Equal(("DataIntegrityProof", "eddsa-rdfc-2022", "https://example.edu/issuers/565049"), (result.ProofType, result.Cryptosuite, result.Issuer));
    }
}
