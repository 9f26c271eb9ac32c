using System.Text.Json.Nodes;
using Insignia.Core.Proofs.Jwt;

namespace Insignia.Core.Tests.Proofs.Jwt;

public sealed class VcJwtSignerTests : IDisposable
{
    private readonly VcJwtFixture _fixture = new();

    [Fact]
    public void Sign_EdDsa_HeaderNamesAlgorithmAndKey()
    {
        var header = TestJws.DecodePart(_fixture.SignEdDsa(), 0);

        Assert.Equal(("EdDSA", "JWT", VcJwtFixture.EdKeyId), ((string?)header["alg"], (string?)header["typ"], (string?)header["kid"]));
    }

    [Fact]
    public void Sign_Rs256_HeaderNamesAlgorithmAndKey()
    {
        var header = TestJws.DecodePart(_fixture.SignRs256(), 0);

        Assert.Equal(("RS256", VcJwtFixture.RsaKeyId), ((string?)header["alg"], (string?)header["kid"]));
    }

    [Theory]
    [InlineData("EdDSA")]
    [InlineData("RS256")]
    public void Sign_Credential_MapsRegisteredClaims(string algorithm)
    {
        var token = algorithm == "EdDSA" ? _fixture.SignEdDsa() : _fixture.SignRs256();

        var payload = TestJws.DecodePart(token, 1);

        // validFrom 2026-06-30T12:00:00Z, validUntil 2031-06-30T12:00:00Z, clock 2026-07-01T12:00:00Z.
        Assert.Equal(
            (VcJwtFixture.Issuer, "urn:uuid:0f3c2a6e-6a55-4c1e-9a43-2c0e7f1d8b21", "did:example:learner-42", 1782820800L, 1940587200L, 1782907200L),
            ((string?)payload["iss"], (string?)payload["jti"], (string?)payload["sub"], (long?)payload["nbf"], (long?)payload["exp"], (long?)payload["iat"]));
    }

    [Fact]
    public void Sign_Credential_EmbedsCredentialUnderVc()
    {
        var payload = TestJws.DecodePart(_fixture.SignEdDsa(), 1);

        Assert.True(JsonNode.DeepEquals(VcJwtFixture.Credential(), payload["vc"]));
    }

    [Fact]
    public void Sign_NoValidUntil_OmitsExp()
    {
        var credential = VcJwtFixture.Credential();
        credential.Remove("validUntil");

        var payload = TestJws.DecodePart(_fixture.SignEdDsa(credential), 1);

        Assert.False(payload.ContainsKey("exp"));
    }

    [Fact]
    public void Sign_NoIssuer_Throws()
    {
        var credential = VcJwtFixture.Credential();
        credential.Remove("issuer");

        Assert.Throws<ArgumentException>(() => _fixture.SignEdDsa(credential));
    }

    [Fact]
    public void ForRsa_1024BitKey_Throws()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(1024);

        Assert.Throws<ArgumentException>(() => VcJwtSigningKey.ForRsa(VcJwtFixture.RsaKeyId, rsa));
    }

    public void Dispose() => _fixture.Dispose();
}
