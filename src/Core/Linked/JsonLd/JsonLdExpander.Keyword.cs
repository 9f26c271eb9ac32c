namespace Insignia.Core.Linked.JsonLd;

/// <summary>Expansion step 13.4: an entry whose key expands to a keyword.</summary>
internal sealed partial class JsonLdExpander
{
    private void ExpandKeyword(ObjectFrame frame, string keyword, object? value)
    {
        var result = frame.Result;
        var active = frame.Active;
        if (frame.ActiveProperty == Keywords.Reverse)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReversePropertyMap, $"A @reverse map must not contain {keyword}.");
        }

        if (result.ContainsKey(keyword) && keyword != Keywords.Included && (keyword != Keywords.Type || active.IsJsonLd10))
        {
            throw new JsonLdException(JsonLdErrorCode.CollidingKeywords, $"{keyword} is given more than once (through aliases).");
        }

        object? expanded;
        switch (keyword)
        {
            case Keywords.Id:
                var expandedId = value is string id
                    ? _contexts.ExpandIri(active, id, documentRelative: true)
                    : throw new JsonLdException(JsonLdErrorCode.InvalidIdValue, "@id must be a string.");
                if (expandedId is null)
                {
                    Dropped(id, "the identifier has the form of a keyword and is ignored");
                }

                // Kept even when null: a node whose @id is ignored produces no triples.
                result[Keywords.Id] = expandedId;
                return;
            case Keywords.Type:
                expanded = ExpandTypeValue(frame, value);
                break;
            case Keywords.Graph:
                expanded = AsList(ExpandElement(active, Keywords.Graph, value, frame.BaseUrl, fromMap: false));
                break;
            case Keywords.Included:
                if (active.IsJsonLd10)
                {
                    return;
                }

                expanded = ExpandIncluded(frame, value);
                break;
            case Keywords.Value:
                if (frame.InputType == Keywords.Json)
                {
                    expanded = active.IsJsonLd10
                        ? throw new JsonLdException(JsonLdErrorCode.InvalidValueObjectValue, "@json values need json-ld-1.1.")
                        : value;
                }
                else
                {
                    expanded = value is null or string or double or bool
                        ? value
                        : throw new JsonLdException(JsonLdErrorCode.InvalidValueObjectValue, "@value must be a string, number, boolean or null.");
                }

                result[Keywords.Value] = expanded;
                return;
            case Keywords.Language:
                expanded = value is string
                    ? value
                    : throw new JsonLdException(JsonLdErrorCode.InvalidLanguageTaggedString, "@language must be a string.");
                break;
            case Keywords.Direction:
                if (active.IsJsonLd10)
                {
                    return;
                }

                expanded = value is "ltr" or "rtl"
                    ? value
                    : throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, "@direction must be \"ltr\" or \"rtl\".");
                break;
            case Keywords.Index:
                expanded = value is string
                    ? value
                    : throw new JsonLdException(JsonLdErrorCode.InvalidIndexValue, "@index must be a string.");
                break;
            case Keywords.List:
                if (frame.ActiveProperty is null or Keywords.Graph)
                {
                    return;
                }

                expanded = AsList(ExpandElement(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false));
                break;
            case Keywords.Set:
                expanded = ExpandElement(active, frame.ActiveProperty, value, frame.BaseUrl, fromMap: false);
                break;
            case Keywords.Reverse:
                ExpandReverse(frame, value);
                return;
            default:
                return;
        }

        if (expanded is not null)
        {
            result[keyword] = expanded;
        }
    }

    private object? ExpandTypeValue(ObjectFrame frame, object? value)
    {
        object? expanded;
        if (value is string single)
        {
            expanded = _contexts.ExpandIri(frame.TypeScoped, single, documentRelative: true, vocab: true);
        }
        else if (value is List<object?> list)
        {
            var types = new List<object?>(list.Count);
            foreach (var item in list)
            {
                types.Add(item is string type
                    ? _contexts.ExpandIri(frame.TypeScoped, type, documentRelative: true, vocab: true)
                    : throw new JsonLdException(JsonLdErrorCode.InvalidTypeValue, "@type must be a string or an array of strings."));
            }

            expanded = types;
        }
        else
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTypeValue, "@type must be a string or an array of strings.");
        }

        if (frame.Result.TryGetValue(Keywords.Type, out var existing))
        {
            var merged = AsList(existing);
            merged.AddRange(AsList(expanded));
            expanded = merged;
        }

        return expanded;
    }

    private List<object?> ExpandIncluded(ObjectFrame frame, object? value)
    {
        var included = AsList(ExpandElement(frame.Active, Keywords.Included, value, frame.BaseUrl, fromMap: false));
        foreach (var item in included)
        {
            if (item is not Dictionary<string, object?> node || node.ContainsKey(Keywords.Value) || node.ContainsKey(Keywords.List) || node.ContainsKey(Keywords.Set))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidIncludedValue, "@included must contain node objects only.");
            }
        }

        if (frame.Result.TryGetValue(Keywords.Included, out var existing))
        {
            var merged = AsList(existing);
            merged.AddRange(included);
            return merged;
        }

        return included;
    }

    private void ExpandReverse(ObjectFrame frame, object? value)
    {
        if (value is not Dictionary<string, object?>)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReverseValue, "@reverse must be an object.");
        }

        if (ExpandElement(frame.Active, Keywords.Reverse, value, frame.BaseUrl, fromMap: false) is not Dictionary<string, object?> expanded)
        {
            return;
        }

        foreach (var (property, items) in expanded)
        {
            if (property == Keywords.Reverse)
            {
                foreach (var (reversedTwice, values) in (Dictionary<string, object?>)items!)
                {
                    AddValues(frame.Result, reversedTwice, values);
                }

                continue;
            }

            var reverseMap = ReverseMap(frame.Result);
            foreach (var item in AsList(items))
            {
                RequireNodeForReverse(item);
                AddValues(reverseMap, property, item);
            }
        }
    }

    private static Dictionary<string, object?> ReverseMap(Dictionary<string, object?> result)
    {
        if (result.TryGetValue(Keywords.Reverse, out var existing) && existing is Dictionary<string, object?> map)
        {
            return map;
        }

        map = new Dictionary<string, object?>(StringComparer.Ordinal);
        result[Keywords.Reverse] = map;
        return map;
    }

    private static void RequireNodeForReverse(object? item)
    {
        if (item is Dictionary<string, object?> map && (map.ContainsKey(Keywords.Value) || map.ContainsKey(Keywords.List)))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReversePropertyValue, "A reverse property value must be a node object.");
        }
    }

    /// <summary>Appends a value (or each value of an array) to the array under the key.</summary>
    private static void AddValues(Dictionary<string, object?> map, string key, object? values)
    {
        if (!map.TryGetValue(key, out var existing) || existing is not List<object?> list)
        {
            list = existing is null ? [] : [existing];
            map[key] = list;
        }

        if (values is List<object?> many)
        {
            list.AddRange(many);
        }
        else
        {
            list.Add(values);
        }
    }

    private static List<object?> AsList(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => [value],
    };
}
