namespace Insignia.Core.Linked.JsonLd;

/// <summary>Create Term Definition steps 21 to 28: container, index, scoped context, language, direction, nest, prefix.</summary>
internal sealed partial class ContextProcessor
{
    private static void DefineContainer(TermCreation creation, string term, Dictionary<string, object?> map, TermDefinition definition)
    {
        if (!map.TryGetValue(Keywords.Container, out var containerValue))
        {
            return;
        }

        var container = ParseContainer(containerValue, creation.Active.IsJsonLd10)
            ?? throw new JsonLdException(JsonLdErrorCode.InvalidContainerMapping, $"The @container of \"{term}\" is not a valid combination.");
        definition.Container = container;
        if ((container & ContainerKinds.Type) != 0)
        {
            definition.TypeMapping ??= Keywords.Id;
            if (definition.TypeMapping is not Keywords.Id and not Keywords.Vocab)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTypeMapping, $"A @type container on \"{term}\" needs @type @id or @vocab.");
            }
        }
    }

    private static ContainerKinds? ParseContainer(object? value, bool jsonLd10)
    {
        if (value is string single)
        {
            var kind = ContainerKind(single);
            return kind is null || (jsonLd10 && kind is ContainerKinds.Graph or ContainerKinds.Id or ContainerKinds.Type) ? null : kind;
        }

        if (value is not List<object?> list || jsonLd10 || list.Count == 0)
        {
            return null;
        }

        var kinds = ContainerKinds.None;
        foreach (var item in list)
        {
            if (item is not string text || ContainerKind(text) is not { } kind || (kinds & kind) != 0)
            {
                return null;
            }

            kinds |= kind;
        }

        var withoutSet = kinds & ~ContainerKinds.Set;
        var valid = withoutSet switch
        {
            ContainerKinds.None => true,
            ContainerKinds.Graph or ContainerKinds.Id or ContainerKinds.Index or ContainerKinds.Language or ContainerKinds.Type => true,
            ContainerKinds.List => kinds == ContainerKinds.List,
            ContainerKinds.Graph | ContainerKinds.Id or ContainerKinds.Graph | ContainerKinds.Index => true,
            _ => false,
        };
        return valid ? kinds : null;
    }

    private static ContainerKinds? ContainerKind(string value) => value switch
    {
        Keywords.Graph => ContainerKinds.Graph,
        Keywords.Id => ContainerKinds.Id,
        Keywords.Index => ContainerKinds.Index,
        Keywords.Language => ContainerKinds.Language,
        Keywords.List => ContainerKinds.List,
        Keywords.Set => ContainerKinds.Set,
        Keywords.Type => ContainerKinds.Type,
        _ => null,
    };

    private void DefineOptions(TermCreation creation, string term, Dictionary<string, object?> map, TermDefinition definition)
    {
        var jsonLd10 = creation.Active.IsJsonLd10;
        if (map.TryGetValue(Keywords.Index, out var index))
        {
            if (jsonLd10 || !definition.Has(ContainerKinds.Index) || index is not string indexText
                || ExpandIri(creation.Active, indexText, vocab: true) is not { } expandedIndex || !IriResolver.IsAbsolute(expandedIndex))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, $"The @index of \"{term}\" needs an @index container and must expand to an IRI.");
            }

            definition.IndexMapping = indexText;
        }

        if (map.TryGetValue(Keywords.Context, out var scoped))
        {
            DefineScopedContext(creation, term, scoped, definition);
        }

        if (map.TryGetValue(Keywords.Language, out var language) && !map.ContainsKey(Keywords.Type))
        {
            definition.HasLanguageMapping = true;
            definition.LanguageMapping = language switch
            {
                null => null,
                string tag => tag.ToLowerInvariant(),
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidLanguageMapping, $"@language of \"{term}\" must be a string or null."),
            };
        }

        if (map.TryGetValue(Keywords.Direction, out var direction) && !map.ContainsKey(Keywords.Type))
        {
            definition.HasDirectionMapping = true;
            definition.DirectionMapping = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, $"@direction of \"{term}\" must be \"ltr\", \"rtl\" or null."),
            };
        }

        if (map.TryGetValue(Keywords.Nest, out var nest))
        {
            if (jsonLd10)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, "@nest is not allowed in json-ld-1.0 mode.");
            }

            definition.Nest = nest is string nestText && (nestText == Keywords.Nest || !Keywords.IsKeyword(nestText))
                ? nestText
                : throw new JsonLdException(JsonLdErrorCode.InvalidNestValue, $"@nest of \"{term}\" must be a term or @nest.");
        }

        if (map.TryGetValue(Keywords.Prefix, out var prefix))
        {
            if (jsonLd10 || term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, $"@prefix is not allowed on \"{term}\".");
            }

            definition.Prefix = prefix as bool?
                ?? throw new JsonLdException(JsonLdErrorCode.InvalidPrefixValue, $"@prefix of \"{term}\" must be true or false.");
            if (definition.Prefix && Keywords.IsKeyword(definition.IriMapping))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, $"The keyword alias \"{term}\" cannot be a prefix.");
            }
        }

        foreach (var key in map.Keys)
        {
            if (!TermEntries.Contains(key))
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, $"\"{key}\" is not allowed in the definition of \"{term}\".");
            }
        }
    }

    private void DefineScopedContext(TermCreation creation, string term, object? scoped, TermDefinition definition)
    {
        if (creation.Active.IsJsonLd10)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidTermDefinition, "A scoped @context is not allowed in json-ld-1.0 mode.");
        }

        try
        {
            Process(creation.Active, scoped, creation.BaseUrl, creation.RemoteContexts, overrideProtected: true, validateScopedContext: false);
        }
        catch (JsonLdException exception) when (exception.Code != JsonLdErrorCode.LoadingRemoteContextFailed)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidScopedContext, $"The scoped context of \"{term}\" is invalid: {exception.Message}", exception);
        }

        definition.HasLocalContext = true;
        definition.LocalContext = scoped;
        definition.BaseUrl = creation.BaseUrl;
    }
}
