using System.Diagnostics;
using System.Text.Json;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

/// <summary>The W3C RDFC-1.0 test suite, one test per manifest entry.</summary>
public sealed class RdfCanonicalizerSuiteTests
{
    public static TheoryData<string> EvalTests => RdfcSuite.Ids("rdfc:RDFC10EvalTest");

    public static TheoryData<string> MapTests => RdfcSuite.Ids("rdfc:RDFC10MapTest");

    public static TheoryData<string> NegativeTests => RdfcSuite.Ids("rdfc:RDFC10NegativeEvalTest");

    [Theory]
    [MemberData(nameof(EvalTests))]
    public void Canonicalize_SuiteEvalTest_MatchesExpectedNQuads(string id)
    {
        var entry = RdfcSuite.Entries[id];

        var result = Canonicalize(entry);

        Assert.Equal(File.ReadAllText(entry.Result!), result.NQuads);
    }

    [Theory]
    [MemberData(nameof(MapTests))]
    public void Canonicalize_SuiteMapTest_IssuesExpectedIdentifiers(string id)
    {
        var entry = RdfcSuite.Entries[id];
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(entry.Result!))!;

        var result = Canonicalize(entry);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), result.IssuedIdentifiers.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NegativeTests))]
    public void Canonicalize_SuitePoisonGraph_ThrowsQuickly(string id)
    {
        var entry = RdfcSuite.Entries[id];
        var stopwatch = Stopwatch.StartNew();

        Assert.Throws<CanonicalizationException>(() => Canonicalize(entry));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    private static RdfcResult Canonicalize(RdfcSuiteEntry entry)
    {
        var quads = NQuadsReader.Parse(File.ReadAllText(entry.Action));
        var options = entry.HashAlgorithm == "SHA384" ? RdfcOptions.Default with { HashAlgorithm = RdfcHashAlgorithm.Sha384 } : RdfcOptions.Default;
        return RdfCanonicalizer.Canonicalize(quads, options, TestContext.Current.CancellationToken);
    }
}
