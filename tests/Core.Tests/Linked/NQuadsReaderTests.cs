using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

public sealed class NQuadsReaderTests
{
    [Fact]
    public void Parse_EscapesAndSupplementaryCharacters_RoundTripThroughWriter()
    {
        const string text = "_:b0 <urn:p> \"\\u00e9\\U0001F393\\t\\\"x\\\"\"@es <urn:g> .\n";

        var quad = Assert.Single(NQuadsReader.Parse(text));

        Assert.Equal("\u00e9\U0001F393\t\"x\"", quad.Object.Value);
        Assert.Equal("es", quad.Object.Language);
        Assert.Equal("_:b0 <urn:p> \"\u00e9\U0001F393\\t\\\"x\\\"\"@es <urn:g> .\n", NQuadsWriter.ToLine(quad));
    }

    [Fact]
    public void Parse_TypedLiteralAndComment_ReadsDatatype()
    {
        const string text = "# comment\n<urn:s> <urn:p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n";

        var quad = Assert.Single(NQuadsReader.Parse(text));

        Assert.Equal(RdfVocabulary.XsdInteger, quad.Object.Datatype);
        Assert.Null(quad.Graph);
    }

    [Theory]
    [InlineData("<urn:s> <urn:p> \"unterminated .\n")]
    [InlineData("<urn:s> <urn:p> <urn:o>\n")]
    [InlineData("<urn:s> \"literal predicate\" <urn:o> .\n")]
    [InlineData("<urn:s> <urn:p> \"bad \\q escape\" .\n")]
    public void Parse_MalformedLine_ThrowsFormatExceptionWithLineNumber(string text)
    {
        var exception = Assert.Throws<FormatException>(() => NQuadsReader.Parse(text));

        Assert.StartsWith("N-Quads line 1", exception.Message, StringComparison.Ordinal);
    }
}
