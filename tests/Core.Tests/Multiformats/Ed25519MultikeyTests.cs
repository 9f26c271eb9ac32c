using Insignia.Core.Multiformats;
using Insignia.Core.Tests.Proofs;

namespace Insignia.Core.Tests.Multiformats;

public sealed class Ed25519MultikeyTests
{
    [Fact]
    public void EncodePublicKey_OneEdTechVectorKey_MatchesPublishedMultibase()
    {
        var vector = ProofVectors.Json(ProofVectors.Ob3("vector.json"));

        var encoded = Ed25519Multikey.EncodePublicKey(Convert.FromHexString((string)vector["publicKeyHex"]!));

        Assert.Equal((string)vector["publicKeyMultibase"]!, encoded);
    }

    [Fact]
    public void DecodePublicKey_OneEdTechVectorMultibase_GivesPublishedKey()
    {
        var vector = ProofVectors.Json(ProofVectors.Ob3("vector.json"));

        var decoded = Ed25519Multikey.DecodePublicKey((string)vector["publicKeyMultibase"]!);

        Assert.Equal(Convert.FromHexString((string)vector["publicKeyHex"]!), decoded.Bytes);
    }

    [Fact]
    public void DecodePublicKey_WrongMulticodec_ExplainsHeader()
    {
        // A P-256 multikey (p256-pub, 0x1200) from the employment vector's issuer DID.
        var decoded = Ed25519Multikey.DecodePublicKey("zDnaegE6RR3atJtHKwTRTWHsJ3kNHqFwv7n9YjTgmU7TyfU76");

        Assert.Contains("ed25519-pub (0xed01)", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodePublicKey_ShortKey_ExplainsLength()
    {
        var shortKey = Multibase.EncodeBase58Btc([0xed, 0x01, .. new byte[31]]);

        var decoded = Ed25519Multikey.DecodePublicKey(shortKey);

        Assert.Contains("31-byte key", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EncodePublicKey_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ed25519Multikey.EncodePublicKey(new byte[33]));
    }

    [Fact]
    public void DecodePrivateKey_W3cKeyPair_SeedDerivesPublishedPublicKey()
    {
        var keyPair = ProofVectors.Json(ProofVectors.W3c("keyPair.json"));
        var seed = Ed25519Multikey.DecodePrivateKey((string)keyPair["privateKeyMultibase"]!).Bytes;

        using var key = Core.Proofs.Ed25519SigningKey.FromSeed(seed);

        Assert.Equal((string)keyPair["publicKeyMultibase"]!, key.PublicKeyMultibase);
    }
}
