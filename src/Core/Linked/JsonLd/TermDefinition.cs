namespace Insignia.Core.Linked.JsonLd;

/// <summary>A term definition (JSON-LD 1.1 API section 4.1); built once by context processing, then only read.</summary>
internal sealed class TermDefinition
{
    public string? IriMapping { get; set; }

    public bool Reverse { get; set; }

    public string? TypeMapping { get; set; }

    public bool HasLanguageMapping { get; set; }

    public string? LanguageMapping { get; set; }

    public bool HasDirectionMapping { get; set; }

    public string? DirectionMapping { get; set; }

    public bool HasLocalContext { get; set; }

    public object? LocalContext { get; set; }

    public string? BaseUrl { get; set; }

    public string? Nest { get; set; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public ContainerKinds Container { get; set; }

    public string? IndexMapping { get; set; }

    /// <summary>Gets or sets the RDF term of <see cref="IriMapping"/>, filled in on first use by <see cref="PredicateTerms"/>.</summary>
    public Rdf.RdfTerm? IriTerm { get; set; }

    public bool Has(ContainerKinds kind) => (Container & kind) != 0;

    /// <summary>Equal in everything but <see cref="Protected"/> (the protected-redefinition test).</summary>
    public bool SameAs(TermDefinition other) =>
        IriMapping == other.IriMapping
        && Reverse == other.Reverse
        && TypeMapping == other.TypeMapping
        && HasLanguageMapping == other.HasLanguageMapping
        && LanguageMapping == other.LanguageMapping
        && HasDirectionMapping == other.HasDirectionMapping
        && DirectionMapping == other.DirectionMapping
        && HasLocalContext == other.HasLocalContext
        && JsonValueComparer.DeepEquals(LocalContext, other.LocalContext)
        && Nest == other.Nest
        && Prefix == other.Prefix
        && Container == other.Container
        && IndexMapping == other.IndexMapping;
}
