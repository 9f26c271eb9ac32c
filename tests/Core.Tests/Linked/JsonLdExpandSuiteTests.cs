using Insignia.Core.Linked;
using Insignia.Core.Linked.JsonLd;

namespace Insignia.Core.Tests.Linked;

/// <summary>The W3C JSON-LD 1.1 expand suite, one test per manifest entry (JSON-LD object comparison).</summary>
public sealed class JsonLdExpandSuiteTests
{
    public static IEnumerable<TheoryDataRow<string>> PositiveTests => JsonLdSuite.Expand.Rows(e => !e.IsNegative);

    public static IEnumerable<TheoryDataRow<string>> NegativeTests => JsonLdSuite.Expand.Rows(e => e.IsNegative);

    [Theory]
    [MemberData(nameof(PositiveTests))]
    public void Expand_SuitePositiveTest_ProducesExpectedDocument(string id)
    {
        var entry = JsonLdSuite.Expand.Entries[id];
        var expected = JsonLdSuite.Loader.Load(JsonLdSuite.BaseUrl + entry.Expect).Document;

        var actual = Expand(entry);

        Assert.True(JsonLdObjectComparer.AreEqual(expected, actual), $"Expected {JsonCanonicalizer.Canonicalize(expected)}\nActual   {JsonCanonicalizer.Canonicalize(actual)}");
    }

    [Theory]
    [MemberData(nameof(NegativeTests))]
    public void Expand_SuiteNegativeTest_ThrowsExpectedError(string id)
    {
        var entry = JsonLdSuite.Expand.Entries[id];

        var exception = Assert.Throws<JsonLdException>(() => Expand(entry));

        Assert.Equal(entry.ExpectErrorCode, exception.SpecCode);
    }

    private static List<object?> Expand(JsonLdSuiteEntry entry)
    {
        var documentUrl = JsonLdSuite.BaseUrl + entry.Input;
        var document = JsonLdSuite.Loader.Load(documentUrl).Document;
        return JsonLdExpander.Expand(document, JsonLdSuite.OptionsFor(entry), documentUrl);
    }
}
