using System.Buffers;
using System.Text;

namespace Insignia.Core.Linked.Rdf;

/// <summary>Writes quads in the canonical N-Quads form of RDFC-1.0 (RDF 1.2 N-Quads canonical escaping).</summary>
internal static class NQuadsWriter
{
    private const string HexDigits = "0123456789ABCDEF";

    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\\u007F");

    /// <summary>Serializes the quads in the given order, each line ending in "\n".</summary>
    public static string Write(IEnumerable<RdfQuad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var builder = new StringBuilder();
        foreach (var quad in quads)
        {
            AppendQuad(builder, quad);
        }

        return builder.ToString();
    }

    public static string ToLine(RdfQuad quad)
    {
        var builder = new StringBuilder(128);
        AppendQuad(builder, quad);
        return builder.ToString();
    }

    public static string TermToString(RdfTerm term)
    {
        var builder = new StringBuilder();
        AppendTerm(builder, term);
        return builder.ToString();
    }

    /// <summary>Appends one quad and its terminating newline.</summary>
    public static void AppendQuad(StringBuilder builder, RdfQuad quad, string? referenceBlankNode = null) =>
        AppendQuad(builder, quad.Subject, quad.Predicate, quad.Object, quad.Graph, referenceBlankNode);

    public static void AppendQuad(StringBuilder builder, RdfTerm subject, RdfTerm predicate, RdfTerm obj, RdfTerm? graph, string? referenceBlankNode = null)
    {
        AppendTerm(builder, subject, referenceBlankNode);
        builder.Append(' ');
        AppendTerm(builder, predicate, referenceBlankNode);
        builder.Append(' ');
        AppendTerm(builder, obj, referenceBlankNode);
        if (graph is not null)
        {
            builder.Append(' ');
            AppendTerm(builder, graph, referenceBlankNode);
        }

        builder.Append(" .\n");
    }

    /// <summary>
    /// Appends a term. When <paramref name="referenceBlankNode"/> is set, blank nodes are written as "_:a" (that
    /// node) or "_:z" (any other), as the RDFC-1.0 first-degree hash requires.
    /// </summary>
    public static void AppendTerm(StringBuilder builder, RdfTerm term, string? referenceBlankNode = null)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                builder.Append('<').Append(term.Value).Append('>');
                break;
            case RdfTermKind.BlankNode:
                builder.Append("_:");
                builder.Append(referenceBlankNode is null ? term.Value : term.Value == referenceBlankNode ? "a" : "z");
                break;
            default:
                AppendLiteral(builder, term);
                break;
        }
    }

    private static void AppendLiteral(StringBuilder builder, RdfTerm literal)
    {
        builder.Append('"');
        AppendEscaped(builder, literal.Value);
        builder.Append('"');
        if (literal.Language is not null)
        {
            builder.Append('@').Append(literal.Language);
        }
        else if (literal.Datatype is not null && literal.Datatype != RdfVocabulary.XsdString)
        {
            builder.Append("^^<").Append(literal.Datatype).Append('>');
        }
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        var first = value.AsSpan().IndexOfAny(NeedsEscape);
        if (first < 0)
        {
            builder.Append(value);
            return;
        }

        var start = 0;
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            {
                continue;
            }

            builder.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    break;
            }
        }

        builder.Append(value, start, value.Length - start);
    }
}
