using System.Text;
using CsCheck;
using Insignia.Core.Linked.Canonicalization;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Tests.Linked;

/// <summary>
/// The UTF-8 path of RDFC-1.0 (lines written as bytes, sorted by byte, hashed or joined) gives the same text as the
/// string path: <see cref="NQuadsWriter"/> lines sorted with <see cref="CodePointComparer"/>, on generated quads
/// whose text holds escapes, characters around U+E000 and surrogate pairs.
/// </summary>
public sealed class Utf8NQuadsPropertyTests
{
    private static readonly string[] Texts = ["", "a", "a b", "\u00e9", "\uE000", "\uFFFD", "\U0001F393", "\U00010000", "\"q\"", "line\nbreak", "\t", "\\", "\u007F", "\u0001", "zz"];

    private static readonly Gen<string> Text = Gen.Int[0, Texts.Length - 1].Array[0, 4].Select(parts => string.Concat(parts.Select(i => Texts[i])));

    private static readonly Gen<RdfTerm> Node = Gen.OneOf(
        Text.Select(text => RdfTerm.Iri("urn:x:" + text)),
        Gen.Int[0, 4].Select(i => RdfTerm.BlankNode("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<RdfTerm> Object = Gen.OneOf(
        Node,
        Text.Select(text => RdfTerm.Literal(text, RdfVocabulary.XsdString)),
        Text.Select(text => RdfTerm.Literal(text, "urn:type:" + text)),
        Text.Select(text => RdfTerm.LanguageLiteral(text, "es-MX")));

    private static readonly Gen<RdfQuad> Quad = Gen.Select(Node, Text, Object, Gen.Bool, (subject, predicate, obj, named) =>
        new RdfQuad(subject, RdfTerm.Iri("urn:p:" + predicate), obj, named ? RdfTerm.Iri("urn:g") : null));

    [Fact]
    public void SortAndHash_GeneratedQuads_EqualsHashOfCodePointSortedStrings()
    {
        Gen.Select(Quad.Array[0, 12], Gen.Int[0, 4]).Sample((quads, reference) =>
        {
            var blankNode = "b" + reference.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var lines = new Utf8Lines();
            var expected = new List<string>();
            foreach (var quad in quads)
            {
                NQuadsUtf8Writer.AppendQuad(lines, quad.Subject, quad.Predicate, quad.Object, quad.Graph, blankNode);
                var line = new StringBuilder();
                NQuadsWriter.AppendQuad(line, quad, blankNode);
                expected.Add(line.ToString());
            }

            expected.Sort(CodePointComparer.Instance);
            Assert.Equal(RdfcHasher.Hash(RdfcHashAlgorithm.Sha256, string.Concat(expected)), lines.SortAndHash(RdfcHashAlgorithm.Sha256));
        });
    }

    [Fact]
    public void Canonicalize_GeneratedQuads_Utf8EqualsCodePointSortedStringLines()
    {
        Quad.Array[0, 12].Sample(quads =>
        {
            var result = RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken);

            var expected = quads
                .Select(quad => NQuadsWriter.ToLine(new RdfQuad(Relabel(quad.Subject, result), quad.Predicate, Relabel(quad.Object, result), quad.Graph)))
                .Distinct(StringComparer.Ordinal)
                .Order(CodePointComparer.Instance);
            Assert.Equal(string.Concat(expected), result.NQuads);
            Assert.Equal(Encoding.UTF8.GetBytes(result.NQuads), result.NQuadsUtf8.ToArray());
        });
    }

    [Fact]
    public void HashCanonical_GeneratedQuads_EqualsSha256OfCanonicalText()
    {
        Quad.Array[0, 12].Sample(quads =>
        {
            var hash = new byte[32];
            RdfCanonicalizer.HashCanonical(quads, RdfcOptions.Default, hash, TestContext.Current.CancellationToken);

            var text = RdfCanonicalizer.Canonicalize(quads, RdfcOptions.Default, TestContext.Current.CancellationToken).NQuads;
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)), hash);
        });
    }

    private static RdfTerm Relabel(RdfTerm term, RdfcResult result) =>
        term.IsBlankNode ? RdfTerm.BlankNode(result.IssuedIdentifiers[term.Value]) : term;
}
