using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;

namespace Insignia.Core.Tests.Proofs.Jwt;

public sealed class VcJwtVerifierTests : IDisposable
{
    private readonly VcJwtFixture _fixture = new();

    [Theory]
    [InlineData("EdDSA")]
    [InlineData("RS256")]
    public async Task VerifyAsync_RoundTrip_Verifies(string algorithm)
    {
        var token = algorithm == "EdDSA" ? _fixture.SignEdDsa() : _fixture.SignRs256();

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal((true, "VC-JWT", algorithm, VcJwtFixture.Issuer), (result.Verified, result.ProofType, result.Cryptosuite, result.Issuer));
    }

    [Theory]
    [InlineData("EdDSA")]
    [InlineData("RS256")]
    public async Task VerifyAsync_TamperedPayload_InvalidSignature(string algorithm)
    {
        var token = algorithm == "EdDSA" ? _fixture.SignEdDsa() : _fixture.SignRs256();
        var payload = TestJws.DecodePart(token, 1);
        payload["vc"]!["name"] = "Data Analysis Foundationz";
        var parts = token.Split('.');

        var result = await _fixture.VerifyAsync(parts[0] + "." + TestJws.Part(payload) + "." + parts[2]);

        Assert.Equal([ProofErrors.InvalidSignature], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_AlgNone_DisallowedAlgorithm()
    {
        var token = TestJws.Part(new JsonObject { ["alg"] = "none", ["kid"] = VcJwtFixture.EdKeyId }) + "." + TestJws.DecodePartText(_fixture.SignEdDsa()) + ".";

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.DisallowedAlgorithm], Codes(result));
    }

    [Theory]
    [InlineData("HS256", "der")]
    [InlineData("HS256", "pem")]
    [InlineData("HS384", "der")]
    [InlineData("HS512", "pem")]
    public async Task VerifyAsync_HmacWithPublicKeyAsSecret_DisallowedAlgorithm(string algorithm, string keyEncoding)
    {
        var secret = keyEncoding == "der"
            ? _fixture.Rsa.ExportSubjectPublicKeyInfo()
            : Encoding.ASCII.GetBytes(_fixture.Rsa.ExportSubjectPublicKeyInfoPem());
        var token = TestJws.Hmac(algorithm, new JsonObject { ["kid"] = VcJwtFixture.RsaKeyId }, TestJws.DecodePart(_fixture.SignRs256(), 1), secret);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.DisallowedAlgorithm], Codes(result));
    }

    [Theory]
    [InlineData("ES256")]
    [InlineData("PS256")]
    [InlineData("eddsa")]
    [InlineData("")]
    public async Task VerifyAsync_OtherAlgorithm_DisallowedAlgorithm(string algorithm)
    {
        var token = TestJws.EdDsa(new JsonObject { ["alg"] = algorithm, ["kid"] = VcJwtFixture.EdKeyId }, TestJws.DecodePart(_fixture.SignEdDsa(), 1), _fixture.EdKey);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.DisallowedAlgorithm], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_EdDsaWithRsaKid_WrongKeyType()
    {
        var token = TestJws.EdDsa(new JsonObject { ["alg"] = "EdDSA", ["kid"] = VcJwtFixture.RsaKeyId }, TestJws.DecodePart(_fixture.SignEdDsa(), 1), _fixture.EdKey);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.WrongKeyType], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_Rs256WithEd25519Kid_WrongKeyType()
    {
        var header = TestJws.DecodePart(_fixture.SignRs256(), 0);
        header["kid"] = VcJwtFixture.EdKeyId;
        var token = TestJws.Encode(header, TestJws.DecodePart(_fixture.SignRs256(), 1), data => _fixture.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.WrongKeyType], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_UnknownKid_VerificationMethodNotFound()
    {
        var token = TestJws.EdDsa(new JsonObject { ["alg"] = "EdDSA", ["kid"] = VcJwtFixture.Issuer + "#key-9" }, TestJws.DecodePart(_fixture.SignEdDsa(), 1), _fixture.EdKey);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.VerificationMethodNotFound], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_NoKid_MissingKeyId()
    {
        var token = TestJws.EdDsa(new JsonObject { ["alg"] = "EdDSA" }, TestJws.DecodePart(_fixture.SignEdDsa(), 1), _fixture.EdKey);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.MissingKeyId], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_KidOfAnotherController_IssuerKeyMismatch()
    {
        using var stranger = Ed25519SigningKey.FromSeed(new byte[32]);
        var token = TestJws.EdDsa(new JsonObject { ["alg"] = "EdDSA", ["kid"] = stranger.DidKeyVerificationMethod }, TestJws.DecodePart(_fixture.SignEdDsa(), 1), stranger);

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.IssuerKeyMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_KeyNotUnderAssertionMethod_NotAuthorized()
    {
        _fixture.Loader[VcJwtFixture.Issuer]["assertionMethod"] = new JsonArray(VcJwtFixture.RsaKeyId);

        var result = await _fixture.VerifyAsync(_fixture.SignEdDsa());

        Assert.Equal([ProofErrors.NotAuthorizedForPurpose], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_AfterExpiryBeyondSkew_Expired()
    {
        var token = _fixture.SignEdDsa();
        _fixture.Time.SetUtcNow(new DateTimeOffset(2031, 6, 30, 12, 5, 1, TimeSpan.Zero));

        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.Expired], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_AfterExpiryWithinSkew_Verifies()
    {
        var token = _fixture.SignEdDsa();
        _fixture.Time.SetUtcNow(new DateTimeOffset(2031, 6, 30, 12, 4, 59, TimeSpan.Zero));

        var result = await _fixture.VerifyAsync(token);

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task VerifyAsync_BeforeNotBeforeBeyondSkew_NotYetValid()
    {
        var credential = VcJwtFixture.Credential();
        credential["validFrom"] = "2026-07-01T12:05:01Z";

        var result = await _fixture.VerifyAsync(_fixture.SignEdDsa(credential));

        Assert.Equal([ProofErrors.NotYetValid], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_BeforeNotBeforeWithinSkew_Verifies()
    {
        var credential = VcJwtFixture.Credential();
        credential["validFrom"] = "2026-07-01T12:04:59Z";

        var result = await _fixture.VerifyAsync(_fixture.SignEdDsa(credential));

        Assert.True(result.Verified, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("iss", "https://other.example/issuers/1")]
    [InlineData("jti", "urn:uuid:00000000-0000-4000-8000-000000000000")]
    [InlineData("sub", "did:example:someone-else")]
    public async Task VerifyAsync_ClaimDisagreesWithCredential_ClaimMismatch(string claim, string value)
    {
        var payload = TestJws.DecodePart(_fixture.SignEdDsa(), 1);
        payload[claim] = value;

        var result = await _fixture.VerifyAsync(TestJws.EdDsa(Header(), payload, _fixture.EdKey));

        Assert.Equal([ProofErrors.ClaimMismatch], Codes(result));
    }

    [Theory]
    [InlineData("nbf")]
    [InlineData("exp")]
    public async Task VerifyAsync_TimeClaimDisagreesWithCredential_ClaimMismatch(string claim)
    {
        var payload = TestJws.DecodePart(_fixture.SignEdDsa(), 1);
        payload[claim] = (long)payload[claim]! + 1;

        var result = await _fixture.VerifyAsync(TestJws.EdDsa(Header(), payload, _fixture.EdKey));

        Assert.Equal([ProofErrors.ClaimMismatch], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_NoVcClaim_MissingCredential()
    {
        var payload = TestJws.DecodePart(_fixture.SignEdDsa(), 1);
        payload.Remove("vc");

        var result = await _fixture.VerifyAsync(TestJws.EdDsa(Header(), payload, _fixture.EdKey));

        Assert.Equal([ProofErrors.MissingCredential], Codes(result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJFZERTQSJ9.e30.!!!")]
    [InlineData("bm90IGpzb24.e30.AA")]
    [InlineData("WzFd.e30.AA")]
    [InlineData("eyJhbGciOiJFZERTQSIsImFsZyI6Im5vbmUifQ.e30.AA")]
    public async Task VerifyAsync_Malformed_MalformedJwt(string token)
    {
        var result = await _fixture.VerifyAsync(token);

        Assert.Equal([ProofErrors.MalformedJwt], Codes(result));
    }

    [Fact]
    public async Task VerifyAsync_CriticalHeader_MalformedJwt()
    {
        var header = Header();
        header["crit"] = new JsonArray("b64");

        var result = await _fixture.VerifyAsync(TestJws.EdDsa(header, TestJws.DecodePart(_fixture.SignEdDsa(), 1), _fixture.EdKey));

        Assert.Equal([ProofErrors.MalformedJwt], Codes(result));
    }

    public void Dispose() => _fixture.Dispose();

    private static JsonObject Header() => new() { ["alg"] = "EdDSA", ["kid"] = VcJwtFixture.EdKeyId };

    private static List<string> Codes(CredentialVerificationResult result) => [.. result.Errors.Select(e => e.Code)];
}
