using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

/// <summary>The W3C JSON-LD 1.1 toRdf suite, one test per manifest entry; results are compared as datasets (RDFC-1.0).</summary>
public sealed class JsonLdToRdfSuiteTests
{
    public static IEnumerable<TheoryDataRow<string>> PositiveTests => JsonLdSuite.ToRdf.Rows(e => !e.IsNegative && !e.IsSyntaxOnly);

    public static IEnumerable<TheoryDataRow<string>> SyntaxTests => JsonLdSuite.ToRdf.Rows(e => e.IsSyntaxOnly);

    public static IEnumerable<TheoryDataRow<string>> NegativeTests => JsonLdSuite.ToRdf.Rows(e => e.IsNegative);

    [Theory]
    [MemberData(nameof(PositiveTests))]
    public void ToRdf_SuitePositiveTest_ProducesExpectedDataset(string id)
    {
        var entry = JsonLdSuite.ToRdf.Entries[id];
        var expected = NQuadsReader.Parse(File.ReadAllText(Path.Combine(JsonLdSuite.Directory, entry.Expect!)));

        var actual = ToRdf(entry);

        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    [Theory]
    [MemberData(nameof(SyntaxTests))]
    public void ToRdf_SuiteSyntaxTest_Succeeds(string id)
    {
        var entry = JsonLdSuite.ToRdf.Entries[id];

        var exception = Record.Exception(() => ToRdf(entry));

        Assert.Null(exception);
    }

    [Theory]
    [MemberData(nameof(NegativeTests))]
    public void ToRdf_SuiteNegativeTest_ThrowsExpectedError(string id)
    {
        var entry = JsonLdSuite.ToRdf.Entries[id];

        var exception = Assert.Throws<JsonLdException>(() => ToRdf(entry));

        Assert.Equal(entry.ExpectErrorCode, exception.SpecCode);
    }

    private static List<RdfQuad> ToRdf(JsonLdSuiteEntry entry)
    {
        var documentUrl = JsonLdSuite.BaseUrl + entry.Input;
        var document = JsonLdSuite.Loader.Load(documentUrl).Document;
        var options = JsonLdSuite.OptionsFor(entry);
        var expanded = JsonLdExpander.Expand(document, options, documentUrl);
        return JsonLdToRdf.ToRdf(expanded, options.RdfDirection);
    }

    private static string Canonical(List<RdfQuad> quads) =>
        RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken).NQuads;
}
