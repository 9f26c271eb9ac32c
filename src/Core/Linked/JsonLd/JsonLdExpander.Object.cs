namespace Insignia.Core.Linked.JsonLd;

/// <summary>Expansion of a JSON object: context selection (steps 7 to 12) and the final checks (steps 15 to 20).</summary>
internal sealed partial class JsonLdExpander
{
    private object? ExpandObject(ActiveContext active, string? activeProperty, Dictionary<string, object?> element, string? baseUrl, bool fromMap)
    {
        var propertyDefinition = activeProperty is null ? null : active.Term(activeProperty);
        if (active.PreviousContext is not null && !fromMap && !KeepsTypeScopedContext(active, element))
        {
            active = active.PreviousContext;
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            active = _contexts.Process(active, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        if (element.TryGetValue(Keywords.Context, out var localContext))
        {
            active = _contexts.Process(active, localContext, baseUrl);
        }

        var typeScoped = active;
        string? inputType = null;
        var typeKeys = TypeKeys(active, element);
        if (typeKeys is not null)
        {
            foreach (var typeKey in typeKeys)
            {
                active = ApplyTypeScopedContexts(active, typeScoped, element[typeKey]);
            }

            var firstTypeValue = element[typeKeys[0]];
            var lastType = firstTypeValue is List<object?> { Count: > 0 } types ? types[^1] : firstTypeValue;
            if (lastType is string typeText)
            {
                inputType = _contexts.ExpandIri(typeScoped, typeText, documentRelative: true, vocab: true);
            }
        }

        var result = new Dictionary<string, object?>(element.Count, StringComparer.Ordinal);
        var frame = new ObjectFrame(active, typeScoped, activeProperty, baseUrl, inputType, result);
        ExpandEntries(frame, element);
        return Finish(activeProperty, result);
    }

    private static bool KeepsTypeScopedContext(ActiveContext active, Dictionary<string, object?> element)
    {
        foreach (var key in element.Keys)
        {
            var expanded = active.KeywordOf(key);
            if (expanded == Keywords.Value || (expanded == Keywords.Id && element.Count == 1))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string>? TypeKeys(ActiveContext active, Dictionary<string, object?> element)
    {
        List<string>? keys = null;
        foreach (var key in element.Keys)
        {
            if (active.KeywordOf(key) == Keywords.Type)
            {
                (keys ??= []).Add(key);
            }
        }

        keys?.Sort(StringComparer.Ordinal);
        return keys;
    }

    private ActiveContext ApplyTypeScopedContexts(ActiveContext active, ActiveContext typeScoped, object? value)
    {
        if (value is string single)
        {
            return _contexts.ApplyTypeScopedContext(active, typeScoped, single);
        }

        return value is List<object?> list ? _contexts.ApplyTypeScopedContexts(active, typeScoped, [.. list.OfType<string>()]) : active;
    }

    private object? Finish(string? activeProperty, Dictionary<string, object?> result)
    {
        object? finished = result;
        if (!result.ContainsKey(Keywords.Value) && !result.ContainsKey(Keywords.List) && !result.ContainsKey(Keywords.Set))
        {
            CheckNodeTypes(result);
        }

        if (result.TryGetValue(Keywords.Value, out var value))
        {
            if (!FinishValueObject(result, value))
            {
                return null;
            }
        }
        else if (result.TryGetValue(Keywords.Type, out var type))
        {
            if (type is not List<object?>)
            {
                result[Keywords.Type] = new List<object?> { type };
            }
        }
        else if (result.ContainsKey(Keywords.Set) || result.ContainsKey(Keywords.List))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey(Keywords.Index)))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidSetOrListObject, "A @set or @list object may only also contain @index.");
            }

            if (result.TryGetValue(Keywords.Set, out var set))
            {
                finished = set;
            }
        }

        if (finished is not Dictionary<string, object?> map)
        {
            return finished;
        }

        if (map.Count == 1 && map.ContainsKey(Keywords.Language))
        {
            return null;
        }

        if (activeProperty is null or Keywords.Graph
            && (map.Count == 0 || map.ContainsKey(Keywords.Value) || map.ContainsKey(Keywords.List) || (map.Count == 1 && map.ContainsKey(Keywords.Id))))
        {
            return null;
        }

        return map;
    }

    private bool FinishValueObject(Dictionary<string, object?> result, object? value)
    {
        var hasType = result.TryGetValue(Keywords.Type, out var type);
        foreach (var key in result.Keys)
        {
            if (key is not Keywords.Value and not Keywords.Index and not Keywords.Language and not Keywords.Type and not Keywords.Direction
                || (hasType && key is Keywords.Language or Keywords.Direction))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidValueObject, $"A value object must not contain \"{key}\" here.");
            }
        }

        if (hasType && type is Keywords.Json)
        {
            return true;
        }

        if (value is null || value is List<object?> { Count: 0 })
        {
            return false;
        }

        if (value is not string && result.ContainsKey(Keywords.Language))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidLanguageTaggedValue, "Only a string can have a @language.");
        }

        if (hasType && (type is not string typeIri || !IriResolver.IsWellFormedAbsolute(typeIri)))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTypedValue, "The @type of a value must be an absolute IRI.");
        }

        if (result.TryGetValue(Keywords.Language, out var language) && language is string tag && !LanguageTag.IsWellFormed(tag))
        {
            Dropped(tag, "the language tag is not well formed (BCP 47, e.g. \"es-ES\" not \"es_ES\"), so the value is left out of the RDF");
        }

        return true;
    }
}
