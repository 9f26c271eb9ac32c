namespace Insignia.Core.Linked.JsonLd;

/// <summary>The JSON-LD 1.1 Expansion algorithm (JSON-LD 1.1 API section 5.1) over the JSON value model.</summary>
internal sealed partial class JsonLdExpander
{
    private static readonly ActiveContext Initial11 = new(null, JsonLdProcessingMode.JsonLd11);
    private static readonly ActiveContext Initial10 = new(null, JsonLdProcessingMode.JsonLd10);

    private readonly JsonLdOptions _options;
    private readonly ContextProcessor _contexts;
    private readonly List<DroppedTerm>? _dropped;

    private JsonLdExpander(JsonLdOptions options, List<DroppedTerm>? dropped)
    {
        _options = options;
        _contexts = new ContextProcessor(options.DocumentLoader, options.MaxRemoteContexts);
        _dropped = dropped;
    }

    /// <summary>Expands a document; the result is always an array of node objects (or other top-level objects).</summary>
    /// <param name="document">The document in the JSON value model; it is not modified.</param>
    /// <param name="options">Processing options.</param>
    /// <param name="documentUrl">The document's own URL, used as base when <see cref="JsonLdOptions.Base"/> is not set.</param>
    /// <param name="dropped">When given, dropped terms are collected here instead of being ignored (or thrown in safe mode).</param>
    public static List<object?> Expand(object? document, JsonLdOptions options, string? documentUrl = null, List<DroppedTerm>? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var expander = new JsonLdExpander(options, dropped);
        var baseIri = options.Base ?? documentUrl;
        var active = InitialContext(options, baseIri);
        if (options.ExpandContext is { } expandContext)
        {
            var local = expandContext is Dictionary<string, object?> map && map.TryGetValue(Keywords.Context, out var inner) ? inner : expandContext;
            active = expander._contexts.Process(active, local, baseIri);
        }

        var expanded = expander.ExpandElement(active, null, document, baseIri, fromMap: false);
        if (expanded is Dictionary<string, object?> top && top.Count == 1 && top.TryGetValue(Keywords.Graph, out var graph))
        {
            expanded = graph;
        }

        return expanded switch
        {
            null => [],
            List<object?> list => list,
            _ => [expanded],
        };
    }

    internal static ActiveContext InitialContext(JsonLdOptions options, string? baseIri)
    {
        if (baseIri is null && ReferenceEquals(options.DocumentLoader, StaticDocumentLoader.Instance))
        {
            return options.ProcessingMode == JsonLdProcessingMode.JsonLd10 ? Initial10 : Initial11;
        }

        return new ActiveContext(baseIri, options.ProcessingMode);
    }

    private object? ExpandElement(ActiveContext active, string? activeProperty, object? element, string? baseUrl, bool fromMap)
    {
        switch (element)
        {
            case null:
                return null;
            case List<object?> list:
                return ExpandArray(active, activeProperty, list, baseUrl, fromMap);
            case Dictionary<string, object?> map:
                return ExpandObject(active, activeProperty, map, baseUrl, fromMap);
        }

        if (activeProperty is null or Keywords.Graph)
        {
            return null;
        }

        var definition = active.Term(activeProperty);
        if (definition is { HasLocalContext: true })
        {
            active = _contexts.Process(active, definition.LocalContext, definition.BaseUrl, overrideProtected: true);
        }

        return ExpandValue(active, activeProperty, element);
    }

    private List<object?> ExpandArray(ActiveContext active, string? activeProperty, List<object?> list, string? baseUrl, bool fromMap)
    {
        var result = new List<object?>(list.Count);
        var isList = activeProperty is not null && active.Term(activeProperty) is { } definition && definition.Has(ContainerKinds.List);
        foreach (var item in list)
        {
            var expanded = ExpandElement(active, activeProperty, item, baseUrl, fromMap);
            if (isList && expanded is List<object?>)
            {
                expanded = new Dictionary<string, object?>(StringComparer.Ordinal) { [Keywords.List] = expanded };
            }

            if (expanded is List<object?> items)
            {
                result.AddRange(items);
            }
            else if (expanded is not null)
            {
                result.Add(expanded);
            }
        }

        return result;
    }

    /// <summary>Value Expansion (5.3.2).</summary>
    private Dictionary<string, object?> ExpandValue(ActiveContext active, string activeProperty, object value)
    {
        var definition = active.Term(activeProperty);
        var typeMapping = definition?.TypeMapping;
        if (value is string text && typeMapping is Keywords.Id or Keywords.Vocab)
        {
            var iri = _contexts.ExpandIri(active, text, documentRelative: true, vocab: typeMapping == Keywords.Vocab);
            return new Dictionary<string, object?>(1, StringComparer.Ordinal) { [Keywords.Id] = iri };
        }

        var result = new Dictionary<string, object?>(3, StringComparer.Ordinal) { [Keywords.Value] = value };
        if (typeMapping is not null and not Keywords.Id and not Keywords.Vocab and not Keywords.None)
        {
            result[Keywords.Type] = typeMapping;
        }
        else if (value is string)
        {
            var language = definition is { HasLanguageMapping: true } ? definition.LanguageMapping : active.DefaultLanguage;
            var direction = definition is { HasDirectionMapping: true } ? definition.DirectionMapping : active.DefaultDirection;
            if (language is not null)
            {
                result[Keywords.Language] = language;
            }

            if (direction is not null)
            {
                result[Keywords.Direction] = direction;
            }
        }

        return result;
    }
}
