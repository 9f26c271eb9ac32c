using System.Globalization;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// The Context Processing algorithm (JSON-LD 1.1 API 4.1.2). Results are cached on the context they were derived
/// from, keyed by the context URL(s) or by the identity of the (shared, immutable) local context object.
/// </summary>
internal sealed partial class ContextProcessor(IJsonLdDocumentLoader loader, int maxRemoteContexts)
{
    public ActiveContext Process(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        IReadOnlyList<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        if (!validateScopedContext)
        {
            return ProcessUncached(active, localContext, baseUrl, remoteContexts ?? [], overrideProtected, propagate, validateScopedContext);
        }

        var flags = Flags(overrideProtected, propagate, baseUrl);
        var textKey = TextKey(localContext, flags);
        if (textKey is not null ? active.TryGetDerived(textKey, out var cached)
            : localContext is not null && active.TryGetDerived(localContext, flags, out cached))
        {
            return cached;
        }

        var result = ProcessUncached(active, localContext, baseUrl, remoteContexts ?? [], overrideProtected, propagate, validateScopedContext);
        if (textKey is not null)
        {
            active.AddDerived(textKey, result);
        }
        else if (localContext is not null)
        {
            active.AddDerived(localContext, flags, result);
        }

        return result;
    }

    private static string Flags(bool overrideProtected, bool propagate, string? baseUrl) => (overrideProtected, propagate, baseUrl) switch
    {
        (false, true, null) => "-p|",
        (true, true, null) => "op|",
        (false, false, null) => "--|",
        (true, false, null) => "o-|",
        _ => string.Concat(overrideProtected ? "o" : "-", propagate ? "p" : "-", "|", baseUrl),
    };

    private static string? TextKey(object? localContext, string flags)
    {
        switch (localContext)
        {
            case null:
                return "null\n" + flags;
            case string url:
                return url + "\n" + flags;
            case List<object?> list when list.TrueForAll(static item => item is string):
                return string.Join('\n', list) + "\n" + flags;
            default:
                return null;
        }
    }

    private ActiveContext ProcessUncached(
        ActiveContext active,
        object? localContext,
        string? baseUrl,
        IReadOnlyList<string> remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext)
    {
        var result = active.Clone();
        if (localContext is Dictionary<string, object?> map && map.TryGetValue(Keywords.Propagate, out var propagateValue))
        {
            propagate = propagateValue is bool flag
                ? flag
                : throw new JsonLdException(JsonLdErrorCode.InvalidPropagateValue, "@propagate must be true or false.");
        }

        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = active;
        }

        var items = localContext as List<object?> ?? [localContext];
        foreach (var item in items)
        {
            switch (item)
            {
                case null:
                    if (!overrideProtected && result.HasProtectedTerms())
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidContextNullification, "A context with protected terms cannot be set to null.");
                    }

                    var previous = result;
                    result = result.NewInitial(keepPrevious: false);
                    if (!propagate)
                    {
                        result.PreviousContext = previous;
                    }

                    break;
                case string reference:
                    result = ProcessRemote(result, reference, baseUrl, remoteContexts, validateScopedContext);
                    break;
                case Dictionary<string, object?> definition:
                    result = ApplyDefinition(result, definition, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
                    break;
                default:
                    throw new JsonLdException(JsonLdErrorCode.InvalidLocalContext, "A context must be null, a string (URL) or an object.");
            }
        }

        return result;
    }

    private ActiveContext ProcessRemote(
        ActiveContext result, string reference, string? baseUrl, IReadOnlyList<string> remoteContexts, bool validateScopedContext)
    {
        var url = IriResolver.Resolve(baseUrl, reference);
        if (!validateScopedContext && remoteContexts.Contains(url))
        {
            return result;
        }

        if (remoteContexts.Count >= maxRemoteContexts)
        {
            throw new JsonLdException(
                JsonLdErrorCode.ContextOverflow,
                $"More than {maxRemoteContexts.ToString(CultureInfo.InvariantCulture)} remote contexts were included while loading {url}.");
        }

        var document = LoadContextDocument(url);
        var loaded = ((Dictionary<string, object?>)document.Document!)[Keywords.Context];
        List<string> nested = [.. remoteContexts, url];
        return Process(result, loaded, document.DocumentUrl, nested, false, true, validateScopedContext);
    }

    private RemoteDocument LoadContextDocument(string url)
    {
        RemoteDocument document;
        try
        {
            document = loader.Load(url);
        }
        catch (JsonLdException)
        {
            throw;
        }
        catch (Exception exception) when (exception is IOException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            throw new JsonLdException(JsonLdErrorCode.LoadingRemoteContextFailed, $"The context {url} could not be loaded.", exception);
        }

        if (document.Document is not Dictionary<string, object?> map || !map.ContainsKey(Keywords.Context))
        {
            throw new JsonLdException(JsonLdErrorCode.InvalidRemoteContext, $"The document at {url} has no top-level @context.");
        }

        return document;
    }
}
