namespace Insignia.Core.Linked.JsonLd;

/// <summary>The inputs shared by every Create Term Definition call for one local context.</summary>
internal sealed class TermCreation(
    ActiveContext active,
    Dictionary<string, object?> localContext,
    string? baseUrl,
    bool isProtected,
    bool overrideProtected,
    IReadOnlyList<string> remoteContexts,
    bool validateScopedContext)
{
    public ActiveContext Active => active;

    public Dictionary<string, object?> LocalContext => localContext;

    public string? BaseUrl => baseUrl;

    public bool IsProtected => isProtected;

    public bool OverrideProtected => overrideProtected;

    public IReadOnlyList<string> RemoteContexts => remoteContexts;

    public bool ValidateScopedContext => validateScopedContext;

    /// <summary>Gets the "defined" map: false while a term is being defined (cycle detection), true once done.</summary>
    public Dictionary<string, bool> Defined { get; } = new(StringComparer.Ordinal);
}
