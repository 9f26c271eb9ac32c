using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF straight from a <see cref="JsonNode"/>, for the shape credentials and proof
/// configurations have: node objects with @id and @type, properties holding strings, numbers, booleans, IRIs
/// (through @id/@vocab coercion) or nested nodes, and embedded, property-scoped and type-scoped contexts. No JSON
/// value model and no expanded document are built, which is where most of a signature's time went.
/// </summary>
/// <remarks>
/// Anything outside that shape (value objects, @list, @graph, maps, @reverse, @nest, @included, base directions,
/// @json, a term safe mode would report as dropped, any JSON-LD error) makes <see cref="TryConvert"/> return false,
/// and the caller runs the full Expansion and toRdf algorithms, which stay the reference. Where both succeed the
/// datasets are the same up to blank node labels; tests compare their canonical forms over the W3C suites.
/// </remarks>
internal sealed partial class JsonNodeToRdf
{
    private readonly ContextProcessor _contexts;
    private readonly string? _baseUrl;
    private readonly List<RdfQuad> _quads = new(160);
    private Dictionary<string, RdfTerm>? _labelledBlankNodes;
    private int _blankNodeCounter;

    private JsonNodeToRdf(JsonLdOptions options)
    {
        _contexts = new ContextProcessor(options.DocumentLoader, options.MaxRemoteContexts);
        _baseUrl = options.Base;
    }

    /// <summary>Converts the document when it has the supported shape; false (and no quads) otherwise.</summary>
    public static bool TryConvert(JsonNode document, JsonLdOptions options, [NotNullWhen(true)] out List<RdfQuad>? quads)
    {
        quads = null;
        if (document is not JsonObject root || options.ExpandContext is not null || options.ProcessingMode != JsonLdProcessingMode.JsonLd11)
        {
            return false;
        }

        var converter = new JsonNodeToRdf(options);
        try
        {
            if (!converter.TryNode(JsonLdExpander.InitialContext(options, options.Base), null, root, 0, out _))
            {
                return false;
            }
        }
        catch (JsonLdException)
        {
            return false; // the full algorithms report the error they meet first, with its spec code
        }

        quads = converter._quads;
        return true;
    }

    /// <summary>Emits a node object's triples and those of the nodes inside it (JSON-LD 1.1 API 5.1.2 steps 7 to 14, then 8.1).</summary>
    private bool TryNode(ActiveContext active, TermDefinition? propertyDefinition, JsonObject element, int depth, [NotNullWhen(true)] out RdfTerm? subject)
    {
        subject = null;
        if (depth >= JsonValueModel.MaxDepth)
        {
            return false;
        }

        if (active.PreviousContext is not null && !KeepsTypeScopedContext(active, element))
        {
            active = active.PreviousContext;
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        var contextIndex = element.IndexOf(Keywords.Context);
        if (contextIndex >= 0)
        {
            active = _contexts.Process(active, JsonValueModel.FromNode(element.GetAt(contextIndex).Value), _baseUrl);
        }

        var typeScoped = active;
        if (!TryFindKeywordKeys(active, element, out var typeIndex, out var idIndex))
        {
            return false;
        }

        var types = typeIndex < 0 ? null : element.GetAt(typeIndex).Value;
        if (typeIndex >= 0)
        {
            var beforeTypes = active;
            if (!TryApplyTypeScopedContexts(ref active, typeScoped, types)
                || (!ReferenceEquals(beforeTypes, active) && !TryFindKeywordKeys(active, element, out _, out idIndex)))
            {
                return false;
            }
        }

        if (!TrySubject(active, idIndex < 0 ? null : element.GetAt(idIndex), out subject)
            || (typeIndex >= 0 && !TryEmitTypes(typeScoped, subject, types)))
        {
            return false;
        }

        for (var i = 0; i < element.Count; i++)
        {
            if (i == contextIndex)
            {
                continue;
            }

            var (key, value) = element.GetAt(i);
            var (property, definition) = Property(active, key);
            if (property is null)
            {
                return false;
            }

            if (Keywords.IsKeyword(property))
            {
                var handled = (property == Keywords.Type && i == typeIndex) || (property == Keywords.Id && i == idIndex);
                if (!handled)
                {
                    return false; // value objects, @list, @graph, @reverse, @nest, @included, @index... or a key whose meaning changed with the type
                }

                continue;
            }

            if (i == typeIndex || !TryProperty(active, key, property, definition, value, subject, depth))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Expansion step 7: a node keeps a type-scoped context when it is a value object or a bare reference.</summary>
    private static bool KeepsTypeScopedContext(ActiveContext active, JsonObject element)
    {
        for (var i = 0; i < element.Count; i++)
        {
            var keyword = active.KeywordOf(element.GetAt(i).Key);
            if (keyword == Keywords.Value || (keyword == Keywords.Id && element.Count == 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the keys that expand to @type and @id; false when several keys do (aliases), which this path leaves to the full algorithm.</summary>
    private static bool TryFindKeywordKeys(ActiveContext active, JsonObject element, out int typeIndex, out int idIndex)
    {
        typeIndex = -1;
        idIndex = -1;
        for (var i = 0; i < element.Count; i++)
        {
            var keyword = active.KeywordOf(element.GetAt(i).Key);
            if (keyword == Keywords.Type)
            {
                if (typeIndex >= 0)
                {
                    return false;
                }

                typeIndex = i;
            }
            else if (keyword == Keywords.Id)
            {
                if (idIndex >= 0)
                {
                    return false;
                }

                idIndex = i;
            }
        }

        return true;
    }

    private (string? Property, TermDefinition? Definition) Property(ActiveContext active, string key)
    {
        if (key.Length > 0 && key[0] != '@' && active.Terms.TryGetValue(key, out var definition))
        {
            return (definition.IriMapping, definition); // what IRI expansion with vocab returns for a defined term
        }

        return (_contexts.ExpandIri(active, key, vocab: true), active.Term(key));
    }

    private void Emit(RdfTerm subject, RdfTerm predicate, RdfTerm obj) => _quads.Add(new RdfQuad(subject, predicate, obj, null));

    private RdfTerm NewBlankNode() => RdfTerm.BlankNode("b" + (_blankNodeCounter++).ToString(CultureInfo.InvariantCulture));

    private RdfTerm LabelledBlankNode(string label)
    {
        _labelledBlankNodes ??= new Dictionary<string, RdfTerm>(StringComparer.Ordinal);
        if (!_labelledBlankNodes.TryGetValue(label, out var blank))
        {
            blank = NewBlankNode();
            _labelledBlankNodes.Add(label, blank);
        }

        return blank;
    }
}
