using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>Object to RDF conversion (8.2) and List Conversion (8.3).</summary>
internal sealed partial class JsonLdToRdf
{
    /// <summary>
    /// Converts a property value; nodes inside it are always walked, but list and compound-literal triples are only
    /// emitted when <paramref name="emit"/> is true (the triple that would reference them is itself emitted).
    /// </summary>
    private RdfTerm? ObjectToRdf(object? item, RdfTerm? graph, bool emit)
    {
        if (item is not Dictionary<string, object?> map)
        {
            return null;
        }

        if (map.ContainsKey(Keywords.Value))
        {
            return ValueToRdf(map, graph, emit);
        }

        if (map.TryGetValue(Keywords.List, out var list))
        {
            return ListToRdf((List<object?>)list!, graph, emit);
        }

        return WalkNode(map, graph);
    }

    private RdfTerm? ListToRdf(List<object?> items, RdfTerm? graph, bool emit)
    {
        if (items.Count == 0)
        {
            return RdfTerms.Nil;
        }

        var head = NewBlankNode();
        var current = head;
        for (var i = 0; i < items.Count; i++)
        {
            var obj = ObjectToRdf(items[i], graph, emit);
            var rest = i == items.Count - 1 ? RdfTerms.Nil : NewBlankNode();
            if (emit)
            {
                if (obj is not null)
                {
                    Emit(current, RdfTerms.First, obj, graph);
                }

                Emit(current, RdfTerms.Rest, rest, graph);
            }

            current = rest;
        }

        return head;
    }

    private RdfTerm? ValueToRdf(Dictionary<string, object?> item, RdfTerm? graph, bool emit)
    {
        var value = item[Keywords.Value];
        var datatype = item.TryGetValue(Keywords.Type, out var type) ? type as string : null;
        var language = item.TryGetValue(Keywords.Language, out var languageValue) ? languageValue as string : null;
        if ((datatype is not null && datatype != Keywords.Json && !IriResolver.IsWellFormedAbsolute(datatype))
            || (language is not null && !LanguageTag.IsWellFormed(language)))
        {
            return null;
        }

        string lexical;
        if (datatype == Keywords.Json)
        {
            lexical = JsonCanonicalizer.Canonicalize(value);
            datatype = RdfVocabulary.Json;
        }
        else if (value is bool or double)
        {
            lexical = ScalarLiteral.Lexical(value, ref datatype);
        }
        else
        {
            lexical = (string)value!;
        }

        if (item.TryGetValue(Keywords.Direction, out var direction) && direction is string directionText && _rdfDirection != RdfDirectionMode.None)
        {
            return DirectionalLiteral(lexical, language, directionText, graph, emit);
        }

        if (language is not null)
        {
            return RdfTerm.LanguageLiteral(lexical, language);
        }

        return RdfTerm.Literal(lexical, datatype ?? RdfVocabulary.XsdString);
    }

    private RdfTerm DirectionalLiteral(string lexical, string? language, string direction, RdfTerm? graph, bool emit)
    {
        var lowerLanguage = language?.ToLowerInvariant() ?? string.Empty;
        if (_rdfDirection == RdfDirectionMode.I18nDatatype)
        {
            return RdfTerm.Literal(lexical, RdfVocabulary.I18nBase + lowerLanguage + "_" + direction);
        }

        var literal = NewBlankNode();
        if (emit)
        {
            Emit(literal, RdfTerm.Iri(RdfVocabulary.Value), RdfTerm.Literal(lexical, RdfVocabulary.XsdString), graph);
            if (language is not null)
            {
                Emit(literal, RdfTerm.Iri(RdfVocabulary.Language), RdfTerm.Literal(lowerLanguage, RdfVocabulary.XsdString), graph);
            }

            Emit(literal, RdfTerm.Iri(RdfVocabulary.Direction), RdfTerm.Literal(direction, RdfVocabulary.XsdString), graph);
        }

        return literal;
    }
}
