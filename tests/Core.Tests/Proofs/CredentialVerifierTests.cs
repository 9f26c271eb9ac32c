using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Insignia.Core.Tests.Proofs.Jwt;

namespace Insignia.Core.Tests.Proofs;

public sealed class CredentialVerifierTests : IDisposable
{
    private readonly VcJwtFixture _fixture = new();

    [Fact]
    public async Task VerifyAsync_CompactJwt_UsesVcJwt()
    {
        var result = await Verifier(DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges)).VerifyAsync(_fixture.SignEdDsa(), TestContext.Current.CancellationToken);

        Assert.Equal((true, "VC-JWT"), (result.Verified, result.ProofType));
    }

    [Fact]
    public async Task VerifyAsync_JsonWithProof_UsesDataIntegrity()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges);

        var result = await Verifier(vector).VerifyAsync(vector.Signed.ToJsonString(), TestContext.Current.CancellationToken);

        Assert.Equal((true, "DataIntegrityProof"), (result.Verified, result.ProofType));
    }

    [Theory]
    [InlineData("{ \"a\": ")]
    [InlineData("{ \"a\": 1, \"a\": 2 }")]
    public async Task VerifyAsync_BrokenJson_MalformedCredential(string text)
    {
        var result = await Verifier(DataIntegrityVectors.Get(DataIntegrityVectors.OpenBadges)).VerifyAsync(text, TestContext.Current.CancellationToken);

        Assert.Equal([ProofErrors.MalformedCredential], result.Errors.Select(e => e.Code));
    }

    public void Dispose() => _fixture.Dispose();

    private CredentialVerifier Verifier(DataIntegrityVector vector) =>
        new(vector.Verifier(vector.Canonicalizer()), new VcJwtVerifier(new VerificationMethodResolver(new InMemoryKeyDocumentLoader(_fixture.Loader)), _fixture.Time));
}
