namespace Insignia.Core.Linked.JsonLd;

/// <summary>Type-scoped contexts (JSON-LD 1.1 API 5.1.2 step 11), shared by expansion and the direct toRdf route.</summary>
internal sealed partial class ContextProcessor
{
    /// <summary>Applies the scoped contexts of a node's types, in lexicographic order (the list is sorted in place), each not propagated.</summary>
    public ActiveContext ApplyTypeScopedContexts(ActiveContext active, ActiveContext typeScoped, List<string> types)
    {
        types.Sort(StringComparer.Ordinal);
        foreach (var type in types)
        {
            active = ApplyTypeScopedContext(active, typeScoped, type);
        }

        return active;
    }

    /// <summary>Applies the scoped context of one type term, if it has one.</summary>
    public ActiveContext ApplyTypeScopedContext(ActiveContext active, ActiveContext typeScoped, string type) =>
        typeScoped.Term(type) is { HasLocalContext: true } definition
            ? Process(active, definition.LocalContext, definition.BaseUrl, propagate: false)
            : active;
}
