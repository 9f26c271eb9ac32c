using System.Security.Cryptography;
using Insignia.Core.Ports;
using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class StoredSigningKeysTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToEd25519SigningKey_StoredSeed_HasPublishedPublicKey()
    {
        var vector = ProofVectors.Json(ProofVectors.Ob3("vector.json"));
        var seed = ProofVectors.OneEdTechSeed(vector);
        var pair = new SigningKeyPair(new PublicSigningKey("k1", SigningAlgorithm.Ed25519, Convert.FromHexString((string)vector["publicKeyHex"]!), CreatedAt), seed);

        using var key = StoredSigningKeys.ToEd25519SigningKey(pair);

        Assert.Equal((string)vector["publicKeyMultibase"]!, key.PublicKeyMultibase);
    }

    [Fact]
    public void ToEd25519SigningKey_RsaPair_Throws()
    {
        var pair = new SigningKeyPair(new PublicSigningKey("k1", SigningAlgorithm.Rsa, new byte[10], CreatedAt), new byte[32]);

        Assert.Throws<ArgumentException>(() => StoredSigningKeys.ToEd25519SigningKey(pair));
    }

    [Fact]
    public async Task VerificationMethod_StoredRsaKey_ResolvesToSameModulus()
    {
        using var rsa = RSA.Create(2048);
        var stored = new PublicSigningKey("rsa-1", SigningAlgorithm.Rsa, rsa.ExportSubjectPublicKeyInfo(), CreatedAt);
        const string Did = "did:web:badges.example.edu";
        var document = ControllerDocumentBuilder.ControllerDocument(Did, StoredSigningKeys.VerificationMethod(Did + "#rsa-1", Did, stored));
        var resolver = new VerificationMethodResolver(new InMemoryKeyDocumentLoader(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { ["https://badges.example.edu/.well-known/did.json"] = document }));

        var resolution = await resolver.ResolveAsync(Did + "#rsa-1", TestContext.Current.CancellationToken);

        Assert.Equal(Convert.ToHexString(rsa.ExportParameters(false).Modulus!), Convert.ToHexString(resolution.Method!.Key.RsaParameters.Modulus!));
    }

    [Fact]
    public void ToRsa_StoredPkcs8_SignsVerifiably()
    {
        using var original = RSA.Create(2048);
        var pair = new SigningKeyPair(new PublicSigningKey("rsa-1", SigningAlgorithm.Rsa, original.ExportSubjectPublicKeyInfo(), CreatedAt), original.ExportPkcs8PrivateKey());

        using var imported = StoredSigningKeys.ToRsa(pair);

        Assert.True(original.VerifyData("x"u8, imported.SignData("x"u8.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }
}
