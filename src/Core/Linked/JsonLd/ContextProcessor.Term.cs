namespace Insignia.Core.Linked.JsonLd;

/// <summary>Create Term Definition (JSON-LD 1.1 API 4.2.2).</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> TermEntries = new(StringComparer.Ordinal)
    {
        Keywords.Id, Keywords.Reverse, Keywords.Container, Keywords.Context, Keywords.Direction, Keywords.Index,
        Keywords.Language, Keywords.Nest, Keywords.Prefix, Keywords.Protected, Keywords.Type,
    };

    private void CreateTermDefinition(TermCreation creation, string term)
    {
        if (creation.Defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException(JsonLdErrorCode.CyclicIriMapping, $"The term \"{term}\" is defined in terms of itself.");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, "A term must not be the empty string.");
        }

        creation.Defined[term] = false;
        var active = creation.Active;
        var value = creation.LocalContext[term];
        if (term == Keywords.Type && !active.IsJsonLd10)
        {
            ValidateTypeRedefinition(value);
        }
        else if (Keywords.IsKeyword(term))
        {
            throw new JsonLdException(JsonLdErrorCode.KeywordRedefinition, $"The keyword {term} cannot be redefined.");
        }
        else if (Keywords.HasKeywordForm(term))
        {
            return;
        }

        active.Terms.Remove(term, out var previous);
        var simpleTerm = false;
        Dictionary<string, object?> map;
        switch (value)
        {
            case null:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { [Keywords.Id] = null };
                break;
            case string iri:
                map = new Dictionary<string, object?>(StringComparer.Ordinal) { [Keywords.Id] = iri };
                simpleTerm = true;
                break;
            case Dictionary<string, object?> entries:
                map = entries;
                break;
            default:
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, $"The definition of \"{term}\" must be a string, an object or null.");
        }

        var definition = new TermDefinition { Protected = creation.IsProtected };
        if (map.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            if (active.IsJsonLd10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, "@protected is not allowed in json-ld-1.0 mode.");
            }

            definition.Protected = protectedValue as bool?
                ?? throw new JsonLdException(JsonLdErrorCode.InvalidProtectedValue, $"@protected of \"{term}\" must be true or false.");
        }

        if (map.TryGetValue(Keywords.Type, out var typeValue))
        {
            definition.TypeMapping = ExpandTypeMapping(creation, term, typeValue);
        }

        if (map.TryGetValue(Keywords.Reverse, out var reverseValue))
        {
            if (!DefineReverse(creation, term, map, reverseValue, definition))
            {
                return;
            }
        }
        else
        {
            if (!DefineIriMapping(creation, term, map, simpleTerm, definition))
            {
                return;
            }

            DefineContainer(creation, term, map, definition);
        }

        DefineOptions(creation, term, map, definition);
        Store(creation, term, definition, previous);
    }

    private static void ValidateTypeRedefinition(object? value)
    {
        if (value is not Dictionary<string, object?> map || map.Count == 0)
        {
            throw new JsonLdException(JsonLdErrorCode.KeywordRedefinition, "@type may only be redefined with @container: @set and @protected.");
        }

        foreach (var (key, entry) in map)
        {
            var allowed = key switch
            {
                Keywords.Container => entry is "@set",
                Keywords.Protected => entry is bool,
                _ => false,
            };
            if (!allowed)
            {
                throw new JsonLdException(JsonLdErrorCode.KeywordRedefinition, "@type may only be redefined with @container: @set and @protected.");
            }
        }
    }

    private static void Store(TermCreation creation, string term, TermDefinition definition, TermDefinition? previous)
    {
        if (!creation.OverrideProtected && previous is { Protected: true })
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException(JsonLdErrorCode.ProtectedTermRedefinition, $"The protected term \"{term}\" cannot be redefined.");
            }

            definition = previous;
        }

        creation.Active.Terms[term] = definition;
        creation.Defined[term] = true;
    }

    private string ExpandTypeMapping(TermCreation creation, string term, object? typeValue)
    {
        if (typeValue is not string type)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, $"@type of \"{term}\" must be a string.");
        }

        var expanded = ExpandIri(creation.Active, type, vocab: true, creation: creation);
        var valid = expanded switch
        {
            Keywords.Json or Keywords.None => !creation.Active.IsJsonLd10,
            Keywords.Id or Keywords.Vocab => true,
            null => false,
            _ => IriResolver.IsAbsolute(expanded),
        };
        return valid && expanded is not null
            ? expanded
            : throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, $"@type \"{type}\" of \"{term}\" is not @id, @vocab, @json, @none or an absolute IRI.");
    }

    private bool DefineReverse(TermCreation creation, string term, Dictionary<string, object?> map, object? reverseValue, TermDefinition definition)
    {
        if (map.ContainsKey(Keywords.Id) || map.ContainsKey(Keywords.Nest))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidReverseProperty, $"The reverse property \"{term}\" must not have @id or @nest.");
        }

        if (reverseValue is not string reverse)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"@reverse of \"{term}\" must be a string.");
        }

        if (Keywords.HasKeywordForm(reverse))
        {
            return false;
        }

        var iri = ExpandIri(creation.Active, reverse, vocab: true, creation: creation);
        if (iri is null || (!IriResolver.IsAbsolute(iri) && !iri.StartsWith("_:", StringComparison.Ordinal)))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidIriMapping, $"@reverse of \"{term}\" does not expand to an IRI.");
        }

        definition.IriMapping = iri;
        definition.Reverse = true;
        if (map.TryGetValue(Keywords.Container, out var container))
        {
            definition.Container = container switch
            {
                null => ContainerKinds.None,
                Keywords.Set => ContainerKinds.Set,
                Keywords.Index => ContainerKinds.Index,
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidReverseProperty, $"The container of reverse property \"{term}\" must be @set, @index or null."),
            };
        }

        return true;
    }
}
