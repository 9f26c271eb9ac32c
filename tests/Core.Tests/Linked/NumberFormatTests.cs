using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(1.1, "1.1E0")]
    [InlineData(0.5, "5.0E-1")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(-123.456, "-1.23456E2")]
    [InlineData(5.0, "5.0E0")]
    public void ToXsdDouble_Value_WritesCanonicalForm(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.ToXsdDouble(value));

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(42.0, "42")]
    [InlineData(-7.0, "-7")]
    [InlineData(1e20, "100000000000000000000")]
    public void ToXsdInteger_IntegralValue_WritesDigitsOnly(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.ToXsdInteger(value));

    // Expected values are the ECMAScript Number::toString results listed in RFC 8785 appendix B.
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(333333333.33333329, "333333333.3333333")]
    [InlineData(4.5, "4.5")]
    [InlineData(2e-3, "0.002")]
    [InlineData(1e23, "1e+23")]
    [InlineData(9007199254740992.0, "9007199254740992")]
    [InlineData(295147905179352830000.0, "295147905179352830000")]
    [InlineData(-5e-324, "-5e-324")]
    public void ToEcmaScript_Value_MatchesRfc8785(double value, string expected) =>
        Assert.Equal(expected, NumberFormat.ToEcmaScript(value));

    [Fact]
    public void Canonicalize_JsonValue_SortsKeysAndNormalizesNumbers()
    {
        var value = JsonValueModel.Parse("""{"b": [1.0, 1e30, "\u00e9\n"], "a": {"z": null, "\u00e9": true}, "A": false}""");

        var canonical = JsonCanonicalizer.Canonicalize(value);

        Assert.Equal("{\"A\":false,\"a\":{\"z\":null,\"\u00e9\":true},\"b\":[1,1e+30,\"\u00e9\\n\"]}", canonical);
    }
}
