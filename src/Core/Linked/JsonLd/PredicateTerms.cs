using System.Collections.Concurrent;
using Insignia.Core.Linked.Rdf;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// Shares one <see cref="RdfTerm"/> per property IRI across conversions (null when the IRI is not well formed and
/// the property is skipped). Properties come mostly from the embedded contexts, so the set is small; it is capped
/// because documents may also use arbitrary absolute IRIs as keys.
/// </summary>
internal static class PredicateTerms
{
    private const int MaxEntries = 4096;
    private static readonly ConcurrentDictionary<string, RdfTerm?> Cache = new(StringComparer.Ordinal);

    /// <summary>The term of a definition's IRI mapping, kept on the (immutable, shared) definition after the first call.</summary>
    public static RdfTerm? For(TermDefinition definition) => definition.IriTerm ??= For(definition.IriMapping!);

    public static RdfTerm? For(string property)
    {
        if (Cache.TryGetValue(property, out var term))
        {
            return term;
        }

        term = IriResolver.IsWellFormedAbsolute(property) ? RdfTerm.SharedIri(property) : null;
        if (Cache.Count < MaxEntries)
        {
            Cache.TryAdd(property, term);
        }

        return term;
    }
}
