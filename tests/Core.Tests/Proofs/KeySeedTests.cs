using Insignia.Core.Proofs;

namespace Insignia.Core.Tests.Proofs;

public sealed class KeySeedTests
{
    [Fact]
    public void ParseHex_OneEdTechSeed_DerivesPublishedPublicKey()
    {
        var vector = ProofVectors.Json(ProofVectors.Ob3("vector.json"));
        var (seed, _) = KeySeed.ParseHex(((string)vector["privateKeyHex"]!)[..64]);

        using var key = Ed25519SigningKey.FromSeed(seed);

        Assert.Equal((string)vector["publicKeyHex"]!, Convert.ToHexStringLower(key.PublicKey));
    }

    [Theory]
    [InlineData("", "64 hex digits")]
    [InlineData("abcd", "got 4 characters")]
    [InlineData("g241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4", "'g'")]
    public void ParseHex_BadSeed_ExplainsProblem(string text, string expected)
    {
        var (_, problem) = KeySeed.ParseHex(text);

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSeed_SameSeed_SignsIdentically()
    {
        var seed = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var first = Ed25519SigningKey.FromSeed(seed);
        using var second = Ed25519SigningKey.FromSeed(seed);

        Assert.Equal(first.Sign("data"u8), second.Sign("data"u8));
    }

    [Fact]
    public void FromSeed_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ed25519SigningKey.FromSeed(new byte[31]));
    }
}
