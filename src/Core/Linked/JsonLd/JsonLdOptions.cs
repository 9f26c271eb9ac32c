namespace Insignia.Core.Linked.JsonLd;

/// <summary>Options for expansion and toRdf.</summary>
internal sealed record JsonLdOptions
{
    /// <summary>Gets the default options: JSON-LD 1.1, embedded contexts only, no base IRI, safe mode off.</summary>
    public static readonly JsonLdOptions Default = new();

    /// <summary>Gets the base IRI used to resolve relative IRIs. <value>Default: none.</value></summary>
    public string? Base { get; init; }

    /// <summary>Gets the processing mode. <value>Default: json-ld-1.1.</value></summary>
    public JsonLdProcessingMode ProcessingMode { get; init; } = JsonLdProcessingMode.JsonLd11;

    /// <summary>Gets how base directions become RDF. <value>Default: dropped.</value></summary>
    public RdfDirectionMode RdfDirection { get; init; } = RdfDirectionMode.None;

    /// <summary>Gets the loader for remote contexts. <value>Default: the embedded contexts only.</value></summary>
    public IJsonLdDocumentLoader DocumentLoader { get; init; } = StaticDocumentLoader.Instance;

    /// <summary>Gets a context applied before the document's own (the expandContext option). <value>Default: none.</value></summary>
    public object? ExpandContext { get; init; }

    /// <summary>
    /// Gets a value indicating whether expansion throws <see cref="JsonLdErrorCode.DroppedTerm"/> instead of silently
    /// dropping a property, type or identifier that does not expand to an absolute IRI. <value>Default: false.</value>
    /// </summary>
    public bool SafeMode { get; init; }

    /// <summary>Gets the most remote contexts one context may pull in (the "context overflow" limit). <value>Default: 32.</value></summary>
    public int MaxRemoteContexts { get; init; } = 32;
}
