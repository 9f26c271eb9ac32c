using System.Globalization;
using System.Text;

namespace Insignia.Core.Linked.Rdf;

/// <summary>Parses N-Quads text (one statement per line, comments and blank lines allowed).</summary>
internal sealed class NQuadsReader
{
    private readonly string _text;
    private int _position;
    private int _line = 1;

    private NQuadsReader(string text) => _text = text;

    /// <summary>Parses a whole N-Quads document.</summary>
    /// <exception cref="FormatException">The text is not valid N-Quads; the message names the line.</exception>
    public static List<RdfQuad> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new NQuadsReader(text).ParseAll();
    }

    private List<RdfQuad> ParseAll()
    {
        var quads = new List<RdfQuad>();
        while (true)
        {
            SkipSpaceAndComments();
            if (_position >= _text.Length)
            {
                return quads;
            }

            var subject = ReadTerm(allowLiteral: false);
            SkipInlineSpace();
            var predicate = ReadTerm(allowLiteral: false);
            SkipInlineSpace();
            var obj = ReadTerm(allowLiteral: true);
            SkipInlineSpace();
            RdfTerm? graph = null;
            if (Peek() != '.')
            {
                graph = ReadTerm(allowLiteral: false);
                SkipInlineSpace();
            }

            Expect('.');
            quads.Add(new RdfQuad(subject, predicate, obj, graph));
        }
    }

    private RdfTerm ReadTerm(bool allowLiteral)
    {
        var c = Peek();
        if (c == '<')
        {
            return RdfTerm.Iri(ReadIri());
        }

        if (c == '_' && _position + 1 < _text.Length && _text[_position + 1] == ':')
        {
            _position += 2;
            var start = _position;
            while (_position < _text.Length && !IsLabelEnd(_text[_position]))
            {
                _position++;
            }

            if (_position > start && _text[_position - 1] == '.')
            {
                _position--;
            }

            return RdfTerm.BlankNode(_text[start.._position]);
        }

        if (c == '"' && allowLiteral)
        {
            return ReadLiteral();
        }

        throw Error($"unexpected character '{c}'");
    }

    private static bool IsLabelEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '<' or '"';

    private string ReadIri()
    {
        Expect('<');
        var builder = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '>')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                AppendUnicodeEscape(builder, Next());
            }
            else if (c is '\n' or '\r' or ' ')
            {
                throw Error("IRI not closed");
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private RdfTerm ReadLiteral()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                break;
            }

            if (c is '\n' or '\r')
            {
                throw Error("literal not closed");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = Next();
            switch (escaped)
            {
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case '"': builder.Append('"'); break;
                case '\'': builder.Append('\''); break;
                case '\\': builder.Append('\\'); break;
                default: AppendUnicodeEscape(builder, escaped); break;
            }
        }

        var lexical = builder.ToString();
        if (Peek() == '@')
        {
            _position++;
            var start = _position;
            while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '-'))
            {
                _position++;
            }

            return RdfTerm.LanguageLiteral(lexical, _text[start.._position]);
        }

        if (Peek() == '^')
        {
            Expect('^');
            Expect('^');
            return RdfTerm.Literal(lexical, ReadIri());
        }

        return RdfTerm.Literal(lexical, RdfVocabulary.XsdString);
    }

    private void AppendUnicodeEscape(StringBuilder builder, char kind)
    {
        var length = kind switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw Error($"invalid escape '\\{kind}'"),
        };
        if (_position + length > _text.Length
            || !int.TryParse(_text.AsSpan(_position, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
            || codePoint > 0x10FFFF)
        {
            throw Error("invalid unicode escape");
        }

        _position += length;
        builder.Append(char.ConvertFromUtf32(codePoint));
    }

    private void SkipSpaceAndComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '#')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '\n')
            {
                _line++;
                _position++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipInlineSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t')
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private char Next() => _position < _text.Length ? _text[_position++] : throw Error("unexpected end of input");

    private void Expect(char expected)
    {
        if (Peek() != expected)
        {
            throw Error($"expected '{expected}'");
        }

        _position++;
    }

    private FormatException Error(string what) =>
        new($"N-Quads line {_line.ToString(CultureInfo.InvariantCulture)}: {what}.");
}
