using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Insignia.Core.Linked.JsonLd;

/// <summary>
/// An active context. Built by <see cref="ContextProcessor"/> and never changed afterwards, so it is safe to
/// share between threads; each context remembers the contexts derived from it (the processed-context cache).
/// </summary>
internal sealed class ActiveContext
{
    private const int MaxDerivedByText = 256;
    private readonly ConcurrentDictionary<string, ActiveContext> _derivedByText = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, ActiveContext>> _derivedByObject = [];
    private KeyValuePair<string, string>[]? _keywordAliases;

    public ActiveContext(string? baseIri, JsonLdProcessingMode processingMode)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
        ProcessingMode = processingMode;
        Terms = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
    }

    private ActiveContext(ActiveContext source)
    {
        BaseIri = source.BaseIri;
        OriginalBaseUrl = source.OriginalBaseUrl;
        ProcessingMode = source.ProcessingMode;
        Vocab = source.Vocab;
        DefaultLanguage = source.DefaultLanguage;
        DefaultDirection = source.DefaultDirection;
        PreviousContext = source.PreviousContext;
        Terms = new Dictionary<string, TermDefinition>(source.Terms, StringComparer.Ordinal);
    }

    public Dictionary<string, TermDefinition> Terms { get; }

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; set; }

    public JsonLdProcessingMode ProcessingMode { get; }

    public bool IsJsonLd10 => ProcessingMode == JsonLdProcessingMode.JsonLd10;

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    public ActiveContext? PreviousContext { get; set; }

    public TermDefinition? Term(string term) => Terms.GetValueOrDefault(term);

    /// <summary>
    /// The keyword a key expands to, or null: the key itself when it is a keyword, or the keyword a term aliases
    /// ("id" → "@id"). Aliases are few, so they are kept apart and compared directly instead of looking every key up.
    /// </summary>
    public string? KeywordOf(string key)
    {
        if (Keywords.IsKeyword(key))
        {
            return key;
        }

        var aliases = _keywordAliases ??= FindKeywordAliases();
        if (aliases.Length > 8)
        {
            return Terms.TryGetValue(key, out var definition) && Keywords.IsKeyword(definition.IriMapping) ? definition.IriMapping : null;
        }

        foreach (var (term, keyword) in aliases)
        {
            if (string.Equals(term, key, StringComparison.Ordinal))
            {
                return keyword;
            }
        }

        return null;
    }

    private KeyValuePair<string, string>[] FindKeywordAliases()
    {
        var aliases = new List<KeyValuePair<string, string>>();
        foreach (var (term, definition) in Terms)
        {
            if (Keywords.IsKeyword(definition.IriMapping))
            {
                aliases.Add(new(term, definition.IriMapping!));
            }
        }

        return [.. aliases];
    }

    public ActiveContext Clone() => new(this);

    public ActiveContext NewInitial(bool keepPrevious) => new(OriginalBaseUrl, ProcessingMode)
    {
        PreviousContext = keepPrevious ? PreviousContext : null,
    };

    public bool HasProtectedTerms()
    {
        foreach (var definition in Terms.Values)
        {
            if (definition.Protected)
            {
                return true;
            }
        }

        return false;
    }

    public bool TryGetDerived(string key, out ActiveContext derived) => _derivedByText.TryGetValue(key, out derived!);

    /// <summary>
    /// Caches a context derived through context URLs. The number of entries is capped: documents could name the
    /// embedded URLs in endless combinations, and only the few combinations real credentials use need caching.
    /// </summary>
    public void AddDerived(string key, ActiveContext derived)
    {
        if (_derivedByText.Count < MaxDerivedByText)
        {
            _derivedByText.TryAdd(key, derived);
        }
    }

    public bool TryGetDerived(object localContext, string flags, out ActiveContext derived)
    {
        derived = null!;
        return _derivedByObject.TryGetValue(localContext, out var byFlags) && byFlags.TryGetValue(flags, out derived!);
    }

    public void AddDerived(object localContext, string flags, ActiveContext derived) =>
        _derivedByObject.GetOrCreateValue(localContext).TryAdd(flags, derived);
}
