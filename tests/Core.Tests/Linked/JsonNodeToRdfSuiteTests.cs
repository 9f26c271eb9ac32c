using System.Text.Json.Nodes;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.JsonLd;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// The direct JsonNode-to-RDF path against the W3C JSON-LD 1.1 toRdf suite: wherever it accepts a test's input it
/// must give the expected dataset, and it must refuse every input the suite expects an error for.
/// </summary>
public sealed class JsonNodeToRdfSuiteTests
{
    public static IEnumerable<TheoryDataRow<string>> PositiveTests => JsonLdSuite.ToRdf.Rows(e => !e.IsNegative && IsJson(e));

    public static IEnumerable<TheoryDataRow<string>> NegativeTests => JsonLdSuite.ToRdf.Rows(e => e.IsNegative && IsJson(e));

    [Theory]
    [MemberData(nameof(PositiveTests))]
    public void TryConvert_SuitePositiveTest_GivesTheExpectedDatasetWhenItAccepts(string id)
    {
        var entry = JsonLdSuite.ToRdf.Entries[id];
        if (!TryConvert(entry, out var quads))
        {
            return; // outside the direct path's shape: the full algorithms handle it (JsonLdToRdfSuiteTests)
        }

        var expected = entry.Expect is null ? null : NQuadsReader.Parse(File.ReadAllText(Path.Combine(JsonLdSuite.Directory, entry.Expect)));
        Assert.NotNull(expected);
        Assert.Equal(Canonical(expected), Canonical(quads));
    }

    [Theory]
    [MemberData(nameof(NegativeTests))]
    public void TryConvert_SuiteNegativeTest_Refuses(string id)
    {
        var entry = JsonLdSuite.ToRdf.Entries[id];

        var accepted = TryConvert(entry, out _);

        Assert.False(accepted, $"the direct path accepted {id}, which must fail with {entry.ExpectErrorCode}");
    }

    [Fact]
    public void TryConvert_SuitePositiveTests_AcceptsThePlainNodeObjectTests()
    {
        // Tests whose input is nothing but node objects with plain properties are the direct path's whole point.
        var accepted = JsonLdSuite.ToRdf.Entries.Values
            .Where(e => !e.IsNegative && IsJson(e) && e.Expect is not null)
            .Count(e => TryConvert(e, out _));

        Assert.True(accepted >= 100, $"only {accepted} suite inputs took the direct path");
    }

    private static bool IsJson(JsonLdSuiteEntry entry) => entry.Input.EndsWith(".jsonld", StringComparison.Ordinal);

    private static bool TryConvert(JsonLdSuiteEntry entry, out List<RdfQuad> quads)
    {
        var options = JsonLdSuite.OptionsFor(entry);
        options = options with { Base = options.Base ?? JsonLdSuite.BaseUrl + entry.Input };
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(JsonLdSuite.Directory, entry.Input)));
        quads = [];
        return document is not null && JsonNodeToRdf.TryConvert(document, options, out quads!);
    }

    private static string Canonical(List<RdfQuad> quads) =>
        RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken).NQuads;
}
