using System.Diagnostics;
using System.Globalization;
using System.Text;
using Insignia.Core.Linked;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

public sealed class RdfCanonicalizerTests
{
    [Fact]
    public void Canonicalize_LowCallLimit_RejectsGraphThatNeedsMore()
    {
        var quads = NQuadsReader.Parse(File.ReadAllText(RdfcSuite.Entries["test044c"].Action));
        var options = RdfcOptions.Default with { MaxHashNDegreeQuadsCalls = 5 };

        var exception = Assert.Throws<CanonicalizationException>(() => RdfCanonicalizer.Canonicalize(quads, options, TestContext.Current.CancellationToken));

        Assert.Contains("Hash N-Degree Quads calls", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalize_LargeClique_IsRejectedQuickly()
    {
        var quads = Clique(14);
        var stopwatch = Stopwatch.StartNew();

        Assert.Throws<CanonicalizationException>(() => RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Canonicalize_LongChainOfIdenticalBlankNodes_IsRejectedNotOverflowingTheStack()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"_:n{i} <urn:next> _:n{(i + 1) % 2_000} .\n");
        }

        var quads = NQuadsReader.Parse(text.ToString());

        Assert.Throws<CanonicalizationException>(() => RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Canonicalize_DuplicateQuads_AreWrittenOnce()
    {
        var quads = NQuadsReader.Parse("_:x <urn:p> \"v\" .\n_:x <urn:p> \"v\" .\n");

        var result = RdfCanonicalizer.Canonicalize(quads, null, TestContext.Current.CancellationToken);

        Assert.Equal("_:c14n0 <urn:p> \"v\" .\n", result.NQuads);
    }

    [Fact]
    public void Canonicalize_DuplicateGroundQuads_AreWrittenOnce()
    {
        var quads = NQuadsReader.Parse("<urn:s> <urn:p> \"v\" .\n<urn:a> <urn:p> <urn:b> .\n<urn:s> <urn:p> \"v\" .\n");

        var result = RdfCanonicalizer.Canonicalize(quads, null, TestContext.Current.CancellationToken);

        Assert.Equal("<urn:a> <urn:p> <urn:b> .\n<urn:s> <urn:p> \"v\" .\n", result.NQuads);
    }

    [Fact]
    public void Canonicalize_CodePointOrder_PutsSupplementaryCharactersLast()
    {
        var quads = NQuadsReader.Parse("<urn:s> <urn:p> \"\U0001F393\" .\n<urn:s> <urn:p> \"\uFB01\" .\n");

        var result = RdfCanonicalizer.Canonicalize(quads, null, TestContext.Current.CancellationToken);

        Assert.Equal("<urn:s> <urn:p> \"\uFB01\" .\n<urn:s> <urn:p> \"\U0001F393\" .\n", result.NQuads);
    }

    private static List<RdfQuad> Clique(int size)
    {
        var text = new StringBuilder();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i != j)
                {
                    text.Append(CultureInfo.InvariantCulture, $"_:n{i} <urn:knows> _:n{j} .\n");
                }
            }
        }

        return NQuadsReader.Parse(text.ToString());
    }
}
