using System.Buffers;
using System.Text;
using Insignia.Core.Linked.Canonicalization;

namespace Insignia.Core.Linked.Rdf;

/// <summary>
/// Writes quads as canonical N-Quads lines straight into UTF-8 (<see cref="Utf8Lines"/>): the same text as
/// <see cref="NQuadsWriter"/>, without a UTF-16 string on the way. Used by RDFC-1.0 for hashing and output.
/// </summary>
internal static class NQuadsUtf8Writer
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\\u007F");

    /// <summary>
    /// Appends one quad, its terminating newline, and ends the line. When <paramref name="referenceBlankNode"/> is
    /// set, blank nodes are written "_:a" (that node) or "_:z" (any other), for the first-degree hash.
    /// </summary>
    public static void AppendQuad(Utf8Lines lines, RdfTerm subject, RdfTerm predicate, RdfTerm obj, RdfTerm? graph, string? referenceBlankNode = null)
    {
        AppendTerm(lines, subject, referenceBlankNode);
        lines.Append((byte)' ');
        AppendTerm(lines, predicate, referenceBlankNode);
        lines.Append((byte)' ');
        AppendTerm(lines, obj, referenceBlankNode);
        if (graph is not null)
        {
            lines.Append((byte)' ');
            AppendTerm(lines, graph, referenceBlankNode);
        }

        lines.Append(" .\n"u8);
        lines.EndLine();
    }

    private static void AppendTerm(Utf8Lines lines, RdfTerm term, string? referenceBlankNode)
    {
        if (term.Kind == RdfTermKind.BlankNode)
        {
            if (referenceBlankNode is not null)
            {
                lines.Append(term.Value == referenceBlankNode ? "_:a"u8 : "_:z"u8);
            }
            else
            {
                lines.Append("_:"u8);
                lines.Append(term.Value);
            }

            return;
        }

        if (term.NQuadsUtf8 is { } written)
        {
            lines.Append(written);
        }
        else if (term.Kind == RdfTermKind.Iri)
        {
            lines.Append((byte)'<');
            lines.Append(term.Value);
            lines.Append((byte)'>');
        }
        else
        {
            AppendLiteral(lines, term);
        }
    }

    /// <summary>The N-Quads form of an IRI, in UTF-8 (written as is, as <see cref="AppendTerm"/> writes it).</summary>
    public static byte[] IriUtf8(string iri) => Encoding.UTF8.GetBytes(string.Concat("<", iri, ">"));

    private static void AppendLiteral(Utf8Lines lines, RdfTerm literal)
    {
        lines.Append((byte)'"');
        AppendEscaped(lines, literal.Value);
        lines.Append((byte)'"');
        if (literal.Language is not null)
        {
            lines.Append((byte)'@');
            lines.Append(literal.Language);
        }
        else if (literal.Datatype is not null && literal.Datatype != RdfVocabulary.XsdString)
        {
            lines.Append("^^<"u8);
            lines.Append(literal.Datatype);
            lines.Append((byte)'>');
        }
    }

    private static void AppendEscaped(Utf8Lines lines, string value)
    {
        var text = value.AsSpan();
        int next;
        while ((next = text.IndexOfAny(NeedsEscape)) >= 0)
        {
            lines.Append(text[..next]);
            AppendEscape(lines, text[next]);
            text = text[(next + 1)..];
        }

        lines.Append(text);
    }

    private static void AppendEscape(Utf8Lines lines, char c)
    {
        switch (c)
        {
            case '"': lines.Append("\\\""u8); break;
            case '\\': lines.Append("\\\\"u8); break;
            case '\n': lines.Append("\\n"u8); break;
            case '\r': lines.Append("\\r"u8); break;
            case '\t': lines.Append("\\t"u8); break;
            case '\b': lines.Append("\\b"u8); break;
            case '\f': lines.Append("\\f"u8); break;
            default:
                lines.Append("\\u00"u8);
                lines.Append((byte)"0123456789ABCDEF"[c >> 4]);
                lines.Append((byte)"0123456789ABCDEF"[c & 0xF]);
                break;
        }
    }
}
