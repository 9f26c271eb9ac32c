using System.Globalization;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API section 8.1) from expanded form. Quads are produced in one walk of the
/// expanded document instead of through a node map: the resulting dataset is the same (duplicates, which a node map
/// would merge, are removed by canonicalization). Relative IRIs and blank node predicates are skipped
/// (produceGeneralizedRdf is not supported).
/// </summary>
internal sealed partial class JsonLdToRdf
{
    private readonly List<RdfQuad> _quads = new(128);
    private readonly Dictionary<string, RdfTerm> _blankNodes = new(StringComparer.Ordinal);
    private readonly RdfDirectionMode _rdfDirection;
    private int _blankNodeCounter;

    private JsonLdToRdf(RdfDirectionMode rdfDirection) => _rdfDirection = rdfDirection;

    public static List<RdfQuad> ToRdf(List<object?> expanded, RdfDirectionMode rdfDirection)
    {
        ArgumentNullException.ThrowIfNull(expanded);
        var converter = new JsonLdToRdf(rdfDirection);
        converter.WalkAll(expanded, graph: null);
        return converter._quads;
    }

    private void WalkAll(List<object?> items, RdfTerm? graph)
    {
        foreach (var item in items)
        {
            if (item is Dictionary<string, object?> map && !map.ContainsKey(Keywords.Value) && !map.ContainsKey(Keywords.List))
            {
                WalkNode(map, graph);
            }
        }
    }

    /// <summary>Emits a node's triples (and those of every node inside it); returns its subject, or null if ill-formed.</summary>
    private RdfTerm? WalkNode(Dictionary<string, object?> node, RdfTerm? graph)
    {
        var subject = !node.TryGetValue(Keywords.Id, out var id) ? NewBlankNode() : id is string idText ? NodeTerm(idText) : null;
        foreach (var (key, value) in node)
        {
            switch (key)
            {
                case Keywords.Id or Keywords.Index or Keywords.Context:
                    break;
                case Keywords.Type:
                    EmitTypes(subject, value, graph);
                    break;
                case Keywords.Graph:
                    if (subject is not null)
                    {
                        WalkAll((List<object?>)value!, subject);
                    }

                    break;
                case Keywords.Included:
                    WalkAll((List<object?>)value!, graph);
                    break;
                case Keywords.Reverse:
                    EmitReverse(subject, (Dictionary<string, object?>)value!, graph);
                    break;
                default:
                    if (!Keywords.IsKeyword(key))
                    {
                        EmitProperty(subject, key, (List<object?>)value!, graph);
                    }

                    break;
            }
        }

        return subject;
    }

    private void EmitTypes(RdfTerm? subject, object? value, RdfTerm? graph)
    {
        foreach (var type in value as List<object?> ?? [value])
        {
            if (subject is not null && type is string typeText && NodeTerm(typeText) is { } typeTerm)
            {
                Emit(subject, RdfTerms.Type, typeTerm, graph);
            }
        }
    }

    private void EmitProperty(RdfTerm? subject, string property, List<object?> values, RdfTerm? graph)
    {
        var predicate = PredicateTerms.For(property);
        var emit = subject is not null && predicate is not null;
        foreach (var item in values)
        {
            var obj = ObjectToRdf(item, graph, emit);
            if (emit && obj is not null)
            {
                Emit(subject!, predicate!, obj, graph);
            }
        }
    }

    private void EmitReverse(RdfTerm? subject, Dictionary<string, object?> reverse, RdfTerm? graph)
    {
        foreach (var (property, items) in reverse)
        {
            var predicate = PredicateTerms.For(property);
            foreach (var item in (List<object?>)items!)
            {
                var referencing = WalkNode((Dictionary<string, object?>)item!, graph);
                if (referencing is not null && predicate is not null && subject is not null)
                {
                    Emit(referencing, predicate, subject, graph);
                }
            }
        }
    }

    private void Emit(RdfTerm subject, RdfTerm predicate, RdfTerm obj, RdfTerm? graph) =>
        _quads.Add(new RdfQuad(subject, predicate, obj, graph));

    private RdfTerm? NodeTerm(string id)
    {
        if (id.StartsWith("_:", StringComparison.Ordinal))
        {
            if (!_blankNodes.TryGetValue(id, out var blank))
            {
                blank = NewBlankNode();
                _blankNodes.Add(id, blank);
            }

            return blank;
        }

        return IriResolver.IsWellFormedAbsolute(id) ? RdfTerm.Iri(id) : null;
    }

    private RdfTerm NewBlankNode() => RdfTerm.BlankNode("b" + (_blankNodeCounter++).ToString(CultureInfo.InvariantCulture));
}
