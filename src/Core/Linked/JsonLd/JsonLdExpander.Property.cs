namespace Insignia.Core.Linked.JsonLd;

/// <summary>Expansion steps 13.5 to 13.14: an entry whose key expands to an IRI.</summary>
internal sealed partial class JsonLdExpander
{
    private void ExpandProperty(ObjectFrame frame, string key, string property, object? value)
    {
        var active = frame.Active;
        var definition = active.Term(key);
        var container = definition?.Container ?? ContainerKinds.None;
        object? expanded;
        if (definition?.TypeMapping == Keywords.Json)
        {
            expanded = new Dictionary<string, object?>(2, StringComparer.Ordinal) { [Keywords.Value] = value, [Keywords.Type] = Keywords.Json };
        }
        else if ((container & ContainerKinds.Language) != 0 && value is Dictionary<string, object?> languageMap)
        {
            expanded = ExpandLanguageMap(active, definition!, languageMap);
        }
        else if ((container & (ContainerKinds.Index | ContainerKinds.Type | ContainerKinds.Id)) != 0 && value is Dictionary<string, object?> indexMap)
        {
            expanded = ExpandIndexMap(frame, key, definition!, indexMap);
        }
        else
        {
            expanded = ExpandElement(active, key, value, frame.BaseUrl, fromMap: false);
        }

        if (expanded is null)
        {
            return;
        }

        if ((container & ContainerKinds.List) != 0 && !IsListObject(expanded))
        {
            expanded = new Dictionary<string, object?>(1, StringComparer.Ordinal) { [Keywords.List] = AsList(expanded) };
        }

        if ((container & ContainerKinds.Graph) != 0 && (container & (ContainerKinds.Id | ContainerKinds.Index)) == 0)
        {
            var graphs = new List<object?>();
            foreach (var item in AsList(expanded))
            {
                graphs.Add(new Dictionary<string, object?>(1, StringComparer.Ordinal) { [Keywords.Graph] = AsList(item) });
            }

            expanded = graphs;
        }

        if (definition is { Reverse: true })
        {
            var reverseMap = ReverseMap(frame.Result);
            foreach (var item in AsList(expanded))
            {
                RequireNodeForReverse(item);
                AddValues(reverseMap, property, item);
            }
        }
        else
        {
            AddValues(frame.Result, property, expanded);
        }
    }

    private static bool IsListObject(object? value) => value is Dictionary<string, object?> map && map.ContainsKey(Keywords.List);

    private static bool IsGraphObject(Dictionary<string, object?> map)
    {
        if (!map.ContainsKey(Keywords.Graph))
        {
            return false;
        }

        foreach (var key in map.Keys)
        {
            if (key is not Keywords.Graph and not Keywords.Id and not Keywords.Index)
            {
                return false;
            }
        }

        return true;
    }

    private List<object?> ExpandLanguageMap(ActiveContext active, TermDefinition definition, Dictionary<string, object?> languageMap)
    {
        var expanded = new List<object?>();
        var direction = definition.HasDirectionMapping ? definition.DirectionMapping : active.DefaultDirection;
        foreach (var (language, languageValue) in languageMap)
        {
            var isNone = language == Keywords.None || _contexts.ExpandIri(active, language, vocab: true) == Keywords.None;
            if (!isNone && !LanguageTag.IsWellFormed(language))
            {
                Dropped(language, "the language tag is not well formed (BCP 47), so its values are left out of the RDF");
            }

            foreach (var item in AsList(languageValue))
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not string text)
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidLanguageMapValue, $"The values of language \"{language}\" must be strings.");
                }

                var v = new Dictionary<string, object?>(3, StringComparer.Ordinal) { [Keywords.Value] = text };
                if (!isNone)
                {
                    v[Keywords.Language] = language.ToLowerInvariant();
                }

                if (direction is not null)
                {
                    v[Keywords.Direction] = direction;
                }

                expanded.Add(v);
            }
        }

        return expanded;
    }

    private List<object?> ExpandIndexMap(ObjectFrame frame, string key, TermDefinition definition, Dictionary<string, object?> indexMap)
    {
        var active = frame.Active;
        var container = definition.Container;
        var expanded = new List<object?>();
        var indexKey = definition.IndexMapping ?? Keywords.Index;
        foreach (var (index, indexValue) in indexMap)
        {
            var mapContext = active;
            if ((container & (ContainerKinds.Id | ContainerKinds.Type)) != 0)
            {
                mapContext = active.PreviousContext ?? active;
            }

            if ((container & ContainerKinds.Type) != 0 && mapContext.Term(index) is { HasLocalContext: true } indexDefinition)
            {
                mapContext = _contexts.Process(mapContext, indexDefinition.LocalContext, indexDefinition.BaseUrl);
            }

            var expandedIndex = _contexts.ExpandIri(active, index, vocab: true);
            var items = AsList(ExpandElement(mapContext, key, AsList(indexValue), frame.BaseUrl, fromMap: true));
            foreach (var rawItem in items)
            {
                var item = (Dictionary<string, object?>)rawItem!;
                if ((container & ContainerKinds.Graph) != 0 && !IsGraphObject(item))
                {
                    item = new Dictionary<string, object?>(1, StringComparer.Ordinal) { [Keywords.Graph] = new List<object?> { item } };
                }

                AddIndex(active, container, indexKey, index, expandedIndex, item);
                expanded.Add(item);
            }
        }

        return expanded;
    }

    private void AddIndex(ActiveContext active, ContainerKinds container, string indexKey, string index, string? expandedIndex, Dictionary<string, object?> item)
    {
        if (expandedIndex == Keywords.None)
        {
            return;
        }

        if ((container & ContainerKinds.Index) != 0 && indexKey != Keywords.Index)
        {
            var reExpanded = ExpandValue(active, indexKey, index);
            var expandedIndexKey = _contexts.ExpandIri(active, indexKey, vocab: true)!;
            var values = new List<object?> { reExpanded };
            if (item.TryGetValue(expandedIndexKey, out var existing))
            {
                values.AddRange(AsList(existing));
            }

            item[expandedIndexKey] = values;
            if (item.ContainsKey(Keywords.Value))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidValueObject, $"A value in the index map under \"{index}\" cannot take a property index.");
            }
        }
        else if ((container & ContainerKinds.Index) != 0)
        {
            item.TryAdd(Keywords.Index, index);
        }
        else if ((container & ContainerKinds.Id) != 0)
        {
            item.TryAdd(Keywords.Id, _contexts.ExpandIri(active, index, documentRelative: true));
        }
        else if ((container & ContainerKinds.Type) != 0)
        {
            var types = new List<object?> { expandedIndex };
            if (item.TryGetValue(Keywords.Type, out var existing))
            {
                types.AddRange(AsList(existing));
            }

            item[Keywords.Type] = types;
        }
    }
}
