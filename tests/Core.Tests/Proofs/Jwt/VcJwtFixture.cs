using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Insignia.Core.Proofs;
using Insignia.Core.Proofs.Jwt;
using Insignia.Testing.Credentials;
using Microsoft.Extensions.Time.Testing;

namespace Insignia.Core.Tests.Proofs.Jwt;

/// <summary>An issuer with an Ed25519 and an RSA key published in its controller document, and a fake clock.</summary>
internal sealed class VcJwtFixture : IDisposable
{
    public const string Issuer = "https://badges.example.edu/issuers/7";
    public const string EdKeyId = Issuer + "#key-1";
    public const string RsaKeyId = Issuer + "#rsa-1";
    private static readonly Lazy<RSA> SharedRsa = new(() => RSA.Create(2048));

    public VcJwtFixture()
    {
        RsaParameters = Rsa.ExportParameters(false);
        Loader = new Dictionary<string, JsonObject> { [Issuer] = IssuerDocument() };
    }

    /// <summary>Gets the clock: a day after the sample credential's validFrom.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    public Ed25519SigningKey EdKey { get; } = Ed25519SigningKey.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray());

    /// <summary>Gets the issuer's RSA key, generated once per test run because generation is slow.</summary>
    public RSA Rsa => SharedRsa.Value;

    public RSAParameters RsaParameters { get; }

    public Dictionary<string, JsonObject> Loader { get; }

    public static JsonObject Credential()
    {
        var credential = SampleOpenBadgeCredential.Build();
        credential["issuer"]!["id"] = Issuer;
        credential["credentialSubject"]!["id"] = "did:example:learner-42";
        return credential;
    }

    public string SignEdDsa(JsonObject? credential = null) =>
        new VcJwtSigner(Time).Sign(credential ?? Credential(), VcJwtSigningKey.ForEd25519(EdKeyId, EdKey));

    public string SignRs256(JsonObject? credential = null) =>
        new VcJwtSigner(Time).Sign(credential ?? Credential(), VcJwtSigningKey.ForRsa(RsaKeyId, Rsa));

    public VcJwtVerifier Verifier() => new(new VerificationMethodResolver(new InMemoryKeyDocumentLoader(Loader)), Time);

    public Task<CredentialVerificationResult> VerifyAsync(string token) =>
        Verifier().VerifyAsync(token, TestContext.Current.CancellationToken).AsTask();

    public void Dispose() => EdKey.Dispose();

    private JsonObject IssuerDocument() => new()
    {
        ["id"] = Issuer,
        ["verificationMethod"] = new JsonArray(
            new JsonObject { ["id"] = EdKeyId, ["type"] = "Multikey", ["controller"] = Issuer, ["publicKeyMultibase"] = EdKey.PublicKeyMultibase },
            new JsonObject
            {
                ["id"] = RsaKeyId,
                ["type"] = "JsonWebKey",
                ["controller"] = Issuer,
                ["publicKeyJwk"] = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["n"] = Base64UrlText.Encode(RsaParameters.Modulus),
                    ["e"] = Base64UrlText.Encode(RsaParameters.Exponent),
                },
            }),
        ["assertionMethod"] = new JsonArray(EdKeyId, RsaKeyId),
    };
}
