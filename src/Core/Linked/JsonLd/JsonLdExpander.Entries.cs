namespace Insignia.Core.Linked.JsonLd;

/// <summary>Expansion steps 13 and 14: each entry of an object, and its @nest-ed objects.</summary>
internal sealed partial class JsonLdExpander
{
    private void ExpandEntries(ObjectFrame frame, Dictionary<string, object?> element)
    {
        List<string>? nests = null;
        foreach (var (key, value) in element)
        {
            if (key == Keywords.Context)
            {
                continue;
            }

            var property = _contexts.ExpandIri(frame.Active, key, vocab: true);
            if (property is null || (!Keywords.IsKeyword(property) && !property.Contains(':', StringComparison.Ordinal)))
            {
                Dropped(key, "the property is not defined by the context and does not expand to an absolute IRI");
                continue;
            }

            if (!Keywords.IsKeyword(property))
            {
                ExpandProperty(frame, key, property, value);
            }
            else if (property == Keywords.Nest)
            {
                (nests ??= []).Add(key);
            }
            else
            {
                ExpandKeyword(frame, property, value);
            }
        }

        if (nests is null)
        {
            return;
        }

        nests.Sort(StringComparer.Ordinal);
        foreach (var nestKey in nests)
        {
            var nestFrame = frame;
            if (frame.Active.Term(nestKey) is { HasLocalContext: true } nestDefinition)
            {
                var nestContext = _contexts.Process(frame.Active, nestDefinition.LocalContext, nestDefinition.BaseUrl, overrideProtected: true);
                nestFrame = frame with { Active = nestContext, TypeScoped = nestContext };
            }

            var nested = element[nestKey] as List<object?> ?? [element[nestKey]];
            foreach (var nestedValue in nested)
            {
                if (nestedValue is not Dictionary<string, object?> nestedMap || HasValueKey(nestFrame.Active, nestedMap))
                {
                    throw new JsonLdException(JsonLdErrorCode.InvalidNestValue, $"The value of \"{nestKey}\" must be an object without @value.");
                }

                ExpandEntries(nestFrame, nestedMap);
            }
        }
    }

    private bool HasValueKey(ActiveContext active, Dictionary<string, object?> map)
    {
        foreach (var key in map.Keys)
        {
            if (_contexts.ExpandIri(active, key, vocab: true) == Keywords.Value)
            {
                return true;
            }
        }

        return false;
    }

    private void Dropped(string term, string reason)
    {
        if (_dropped is not null)
        {
            _dropped.Add(new DroppedTerm(term, reason));
        }
        else if (_options.SafeMode)
        {
            throw new JsonLdException(JsonLdErrorCode.DroppedTerm, $"\"{term}\" would be lost when signing: {reason}. Define it in a context or use an absolute IRI.");
        }
    }

    private void CheckNodeTypes(Dictionary<string, object?> node)
    {
        if (_dropped is null && !_options.SafeMode)
        {
            return;
        }

        if (node.TryGetValue(Keywords.Id, out var id) && id is string idText && !IsAbsoluteOrBlank(idText))
        {
            Dropped(idText, "the node identifier is not an absolute IRI");
        }

        if (node.TryGetValue(Keywords.Type, out var types))
        {
            foreach (var type in types as List<object?> ?? [types])
            {
                if (type is string typeText && !IsAbsoluteOrBlank(typeText))
                {
                    Dropped(typeText, "the type is not defined by the context and does not expand to an absolute IRI");
                }
            }
        }
    }

    private static bool IsAbsoluteOrBlank(string value) =>
        IriResolver.IsAbsolute(value) || value.StartsWith("_:", StringComparison.Ordinal);
}
