using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>Subjects, types and property values of <see cref="JsonNodeToRdf"/>.</summary>
internal sealed partial class JsonNodeToRdf
{
    private bool TryApplyTypeScopedContexts(ref ActiveContext active, ActiveContext typeScoped, JsonNode? value)
    {
        if (Text(value) is { } single)
        {
            active = _contexts.ApplyTypeScopedContext(active, typeScoped, single);
            return true;
        }

        if (value is not JsonArray array)
        {
            return false;
        }

        var terms = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (Text(item) is { } term)
            {
                terms.Add(term);
            }
        }

        active = _contexts.ApplyTypeScopedContexts(active, typeScoped, terms);
        return true;
    }

    private bool TrySubject(ActiveContext active, KeyValuePair<string, JsonNode?>? id, [NotNullWhen(true)] out RdfTerm? subject)
    {
        if (id is null)
        {
            subject = NewBlankNode();
            return true;
        }

        // A node whose @id is not a string, not absolute, or has the form of a keyword is refused or dropped by expansion.
        var expanded = Text(id.Value.Value) is { } text ? _contexts.ExpandIri(active, text, documentRelative: true) : null;
        subject = expanded is null ? null : NodeTerm(expanded);
        return subject is not null;
    }

    private bool TryEmitTypes(ActiveContext typeScoped, RdfTerm subject, JsonNode? value)
    {
        if (value is JsonArray array)
        {
            foreach (var item in array)
            {
                if (!TryEmitType(typeScoped, subject, item))
                {
                    return false;
                }
            }

            return true;
        }

        return TryEmitType(typeScoped, subject, value);
    }

    private bool TryEmitType(ActiveContext typeScoped, RdfTerm subject, JsonNode? value)
    {
        var type = Text(value) is { } text ? _contexts.ExpandIri(typeScoped, text, documentRelative: true, vocab: true) : null;
        var term = type is null ? null
            : type.StartsWith("_:", StringComparison.Ordinal) ? LabelledBlankNode(type)
            : PredicateTerms.For(type);
        if (term is null)
        {
            return false; // not a string, or a type that is not an absolute IRI (dropped, or refused in safe mode)
        }

        Emit(subject, RdfTerms.Type, term);
        return true;
    }

    private bool TryProperty(ActiveContext active, string key, string property, TermDefinition? definition, JsonNode? value, RdfTerm subject, int depth)
    {
        var container = definition?.Container ?? ContainerKinds.None;
        if (!property.Contains(':', StringComparison.Ordinal)
            || (definition is not null && (definition.Reverse || definition.TypeMapping == Keywords.Json))
            || (container & ~(ContainerKinds.Set | ContainerKinds.List)) != 0)
        {
            return false;
        }

        var predicate = definition is not null && ReferenceEquals(property, definition.IriMapping) ? PredicateTerms.For(definition) : PredicateTerms.For(property);
        if (predicate is null)
        {
            return false;
        }

        if ((container & ContainerKinds.List) != 0)
        {
            return TryList(active, key, definition, value, subject, predicate, depth);
        }

        if (value is not JsonArray array)
        {
            return TryValue(active, key, definition, value, subject, predicate, depth + 1);
        }

        if (depth + 1 >= JsonValueModel.MaxDepth)
        {
            return false;
        }

        foreach (var item in array)
        {
            if (item is JsonArray || !TryValue(active, key, definition, item, subject, predicate, depth + 2))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryValue(ActiveContext active, string key, TermDefinition? definition, JsonNode? item, RdfTerm subject, RdfTerm predicate, int depth)
    {
        if (!TryObject(active, key, definition, item, depth, out var target))
        {
            return false;
        }

        if (target is not null)
        {
            Emit(subject, predicate, target);
        }

        return true;
    }

    /// <summary>A property with an @list container: List Conversion (8.3) of its values, in order (no list of lists).</summary>
    private bool TryList(ActiveContext active, string key, TermDefinition? definition, JsonNode? value, RdfTerm subject, RdfTerm predicate, int depth)
    {
        if (value is null)
        {
            return true; // expansion drops a null value: no triple, not even an empty list
        }

        if (depth + 1 >= JsonValueModel.MaxDepth)
        {
            return false;
        }

        var items = new List<RdfTerm>();
        if (value is JsonArray array)
        {
            foreach (var item in array)
            {
                if (!TryListItem(active, key, definition, item, depth + 2, items))
                {
                    return false;
                }
            }
        }
        else if (!TryListItem(active, key, definition, value, depth + 1, items))
        {
            return false;
        }

        var head = items.Count == 0 ? RdfTerms.Nil : NewBlankNode();
        var current = head;
        for (var i = 0; i < items.Count; i++)
        {
            var rest = i == items.Count - 1 ? RdfTerms.Nil : NewBlankNode();
            Emit(current, RdfTerms.First, items[i]);
            Emit(current, RdfTerms.Rest, rest);
            current = rest;
        }

        Emit(subject, predicate, head);
        return true;
    }

    private bool TryListItem(ActiveContext active, string key, TermDefinition? definition, JsonNode? item, int depth, List<RdfTerm> items)
    {
        if (item is JsonArray || !TryObject(active, key, definition, item, depth, out var term) || (term is null && item is not null))
        {
            return false; // lists of lists, and an item with no term (a relative IRI), are left to the full algorithm
        }

        if (term is not null)
        {
            items.Add(term);
        }

        return true;
    }

    /// <summary>The RDF term of one value (null for JSON null and for an IRI that is not absolute), its node's triples emitted.</summary>
    private bool TryObject(ActiveContext active, string key, TermDefinition? definition, JsonNode? item, int depth, out RdfTerm? term)
    {
        term = null;
        switch (item)
        {
            case null:
                return true;
            case JsonObject node:
                return TryNode(active, definition, node, depth, out term);
            default:
                return JsonValueModel.FromNode(item) is not { } scalar || TryScalar(active, key, definition, scalar, out term);
        }
    }

    /// <summary>Value Expansion (5.3.2) and Object to RDF (8.2) for a string, number or boolean.</summary>
    private bool TryScalar(ActiveContext active, string key, TermDefinition? definition, object scalar, out RdfTerm? term)
    {
        term = null;
        if (definition is { HasLocalContext: true })
        {
            active = _contexts.Process(active, definition.LocalContext, definition.BaseUrl, overrideProtected: true);
            definition = active.Term(key);
        }

        var typeMapping = definition?.TypeMapping;
        if (scalar is string reference && typeMapping is Keywords.Id or Keywords.Vocab)
        {
            // An IRI that is not absolute gives no triple; expansion does not report it as dropped.
            var iri = _contexts.ExpandIri(active, reference, documentRelative: true, vocab: typeMapping == Keywords.Vocab);
            term = iri is null ? null : NodeTerm(iri);
            return true;
        }

        string? datatype = typeMapping is null or Keywords.Id or Keywords.Vocab or Keywords.None ? null : typeMapping;
        string? language = null;
        if (datatype is not null)
        {
            if (datatype == Keywords.Json || !IriResolver.IsWellFormedAbsolute(datatype))
            {
                return false;
            }
        }
        else if (scalar is string)
        {
            language = definition is { HasLanguageMapping: true } ? definition.LanguageMapping : active.DefaultLanguage;
            var direction = definition is { HasDirectionMapping: true } ? definition.DirectionMapping : active.DefaultDirection;
            if (direction is not null || (language is not null && !LanguageTag.IsWellFormed(language)))
            {
                return false;
            }
        }

        var lexical = ScalarLiteral.Lexical(scalar, ref datatype);
        term = language is null ? RdfTerm.Literal(lexical, datatype) : RdfTerm.LanguageLiteral(lexical, language);
        return true;
    }

    private RdfTerm? NodeTerm(string iri) =>
        iri.StartsWith("_:", StringComparison.Ordinal) ? LabelledBlankNode(iri)
        : IriResolver.IsWellFormedAbsolute(iri) ? RdfTerm.Iri(iri)
        : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
