namespace Insignia.Core.Linked.JsonLd;

/// <summary>Context Processing steps 5.5 to 5.13: the entries of one context definition.</summary>
internal sealed partial class ContextProcessor
{
    private static readonly HashSet<string> NonTermEntries = new(StringComparer.Ordinal)
    {
        Keywords.Base, Keywords.Direction, Keywords.Import, Keywords.Language, Keywords.Propagate,
        Keywords.Protected, Keywords.Version, Keywords.Vocab,
    };

    private ActiveContext ApplyDefinition(
        ActiveContext result,
        Dictionary<string, object?> context,
        string? baseUrl,
        IReadOnlyList<string> remoteContexts,
        bool overrideProtected,
        bool validateScopedContext)
    {
        if (context.TryGetValue(Keywords.Version, out var version))
        {
            if (version is not double number || number != 1.1)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidVersionValue, "@version must be the number 1.1.");
            }

            if (result.IsJsonLd10)
            {
                throw new JsonLdException(JsonLdErrorCode.ProcessingModeConflict, "@version 1.1 cannot be used in json-ld-1.0 mode.");
            }
        }

        if (context.ContainsKey(Keywords.Import))
        {
            context = Import(result, context, baseUrl);
        }

        if (context.TryGetValue(Keywords.Base, out var baseValue) && remoteContexts.Count == 0)
        {
            ApplyBase(result, baseValue);
        }

        if (context.TryGetValue(Keywords.Vocab, out var vocab))
        {
            ApplyVocab(result, vocab);
        }

        if (context.TryGetValue(Keywords.Language, out var language))
        {
            result.DefaultLanguage = language switch
            {
                null => null,
                string tag => tag.ToLowerInvariant(),
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidDefaultLanguage, "@language must be a string or null."),
            };
        }

        if (context.TryGetValue(Keywords.Direction, out var direction))
        {
            RequireJsonLd11(result, Keywords.Direction);
            result.DefaultDirection = direction switch
            {
                null => null,
                "ltr" or "rtl" => (string)direction,
                _ => throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null."),
            };
        }

        if (context.TryGetValue(Keywords.Propagate, out var propagate))
        {
            RequireJsonLd11(result, Keywords.Propagate);
            if (propagate is not bool)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidPropagateValue, "@propagate must be true or false.");
            }
        }

        var isProtected = false;
        if (context.TryGetValue(Keywords.Protected, out var protectedValue))
        {
            isProtected = protectedValue as bool?
                ?? throw new JsonLdException(JsonLdErrorCode.InvalidProtectedValue, "@protected must be true or false.");
        }

        var state = new TermCreation(result, context, baseUrl, isProtected, overrideProtected, remoteContexts, validateScopedContext);
        foreach (var key in context.Keys)
        {
            if (!NonTermEntries.Contains(key))
            {
                CreateTermDefinition(state, key);
            }
        }

        return result;
    }

    private static void RequireJsonLd11(ActiveContext result, string entry)
    {
        if (result.IsJsonLd10)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, $"{entry} is not allowed in json-ld-1.0 mode.");
        }
    }

    private Dictionary<string, object?> Import(ActiveContext result, Dictionary<string, object?> context, string? baseUrl)
    {
        RequireJsonLd11(result, Keywords.Import);
        if (context[Keywords.Import] is not string reference)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidImportValue, "@import must be a string.");
        }

        var url = IriResolver.Resolve(baseUrl, reference);
        var document = LoadContextDocument(url);
        if (((Dictionary<string, object?>)document.Document!)[Keywords.Context] is not Dictionary<string, object?> imported)
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidRemoteContext, $"The @import context {url} must be an object.");
        }

        if (imported.ContainsKey(Keywords.Import))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidContextEntry, $"The @import context {url} must not itself use @import.");
        }

        var merged = new Dictionary<string, object?>(imported, StringComparer.Ordinal);
        foreach (var (key, value) in context)
        {
            merged[key] = value;
        }

        return merged;
    }

    private static void ApplyBase(ActiveContext result, object? value)
    {
        switch (value)
        {
            case null:
                result.BaseIri = null;
                break;
            case string iri when IriResolver.IsAbsolute(iri):
                result.BaseIri = iri;
                break;
            case string relative when result.BaseIri is not null:
                result.BaseIri = IriResolver.Resolve(result.BaseIri, relative);
                break;
            default:
                throw new JsonLdException(JsonLdErrorCode.InvalidBaseIri, "@base must be an absolute IRI, a relative IRI with a base, or null.");
        }
    }

    private void ApplyVocab(ActiveContext result, object? value)
    {
        if (value is null)
        {
            result.Vocab = null;
            return;
        }

        if (value is not string vocab || (result.IsJsonLd10 && !IriResolver.IsAbsolute(vocab) && !vocab.StartsWith("_:", StringComparison.Ordinal)))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidVocabMapping, "@vocab must be an IRI, a blank node identifier or null.");
        }

        var expanded = ExpandIri(result, vocab, documentRelative: true, vocab: true);
        if (expanded is null || Keywords.IsKeyword(expanded))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidVocabMapping, $"@vocab \"{vocab}\" does not expand to an IRI.");
        }

        result.Vocab = expanded;
    }
}
