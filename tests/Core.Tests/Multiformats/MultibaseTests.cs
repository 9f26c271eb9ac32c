using Insignia.Core.Multiformats;

namespace Insignia.Core.Tests.Multiformats;

public sealed class MultibaseTests
{
    [Fact]
    public void EncodeBase58Btc_KnownBytes_MatchesBitcoinAlphabet()
    {
        // "Hello World!" in base58btc is 2NEpo7TZRRrLZSi2U (draft-msporny-base58 §5).
        var encoded = Multibase.EncodeBase58Btc("Hello World!"u8);

        Assert.Equal("z2NEpo7TZRRrLZSi2U", encoded);
    }

    [Fact]
    public void DecodeBase58Btc_LeadingZeroBytes_ArePreserved()
    {
        var decoded = Multibase.DecodeBase58Btc("z11" + "2NEpo7TZRRrLZSi2U");

        Assert.Equal([0, 0, .. "Hello World!"u8.ToArray()], decoded.Bytes);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("z", "characters after 'z'")]
    [InlineData("f48656c6c6f", "only base58btc ('z')")]
    [InlineData("z2NEpo7TZRRrLZSi0U", "outside the base58btc alphabet")]
    [InlineData("z2NEpo7TZRRrLZSiIU", "outside the base58btc alphabet")]
    public void DecodeBase58Btc_Malformed_ExplainsProblem(string? value, string expectedProblem)
    {
        var decoded = Multibase.DecodeBase58Btc(value);

        Assert.Contains(expectedProblem, decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeBase58Btc_VeryLongInput_IsRefusedWithoutDecoding()
    {
        var decoded = Multibase.DecodeBase58Btc("z" + new string('2', 100_000));

        Assert.False(decoded.Succeeded);
    }
}
