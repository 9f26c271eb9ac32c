using System.Text.Json.Nodes;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class CredentialValidityPeriodTests
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("2026-07-01T11:55:01Z", null)]
    [InlineData("2026-07-01T11:55:00Z", ProofErrors.Expired)]
    [InlineData("2020-01-01T00:00:00Z", ProofErrors.Expired)]
    public void Check_ValidUntil_ExpiresAfterSkew(string validUntil, string? expected)
    {
        var error = CredentialValidityPeriod.Check(new JsonObject { ["validUntil"] = validUntil }, ProofTestClock.Now, Skew);

        Assert.Equal(expected, error?.Code);
    }

    [Theory]
    [InlineData("2026-07-01T12:05:00Z", null)]
    [InlineData("2026-07-01T12:05:01Z", ProofErrors.NotYetValid)]
    public void Check_ValidFrom_NotYetValidBeyondSkew(string validFrom, string? expected)
    {
        var error = CredentialValidityPeriod.Check(new JsonObject { ["validFrom"] = validFrom }, ProofTestClock.Now, Skew);

        Assert.Equal(expected, error?.Code);
    }

    [Theory]
    [InlineData("validFrom")]
    [InlineData("validUntil")]
    public void Check_NotADateTime_MalformedCredential(string property)
    {
        var error = CredentialValidityPeriod.Check(new JsonObject { [property] = "next tuesday" }, ProofTestClock.Now, Skew);

        Assert.Equal(ProofErrors.MalformedCredential, error?.Code);
    }

    [Fact]
    public async Task VerifyAsync_ExpiredButValidlySignedCredential_ReportsOnlyExpired()
    {
        var vector = DataIntegrityVectors.Get(DataIntegrityVectors.W3cEmployment);
        var clock = ProofTestClock.Create();
        clock.SetUtcNow(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var verifier = new DataIntegrityVerifier(
            vector.Canonicalizer(),
            new VerificationMethodResolver(new InMemoryKeyDocumentLoader(vector.KeyDocuments)),
            clock,
            new CredentialVerificationOptions { RequireIssuerControlsKey = false });

        var result = await verifier.VerifyAsync(vector.Signed, TestContext.Current.CancellationToken);

        Assert.Equal((false, ProofErrors.Expired), (result.Verified, string.Join(",", result.Errors.Select(e => e.Code))));
    }
}
