namespace Insignia.Core.Linked.Rdf;

/// <summary>
/// An RDF term. For a blank node <see cref="Value"/> is the label without "_:"; a literal always has a
/// datatype (xsd:string or rdf:langString when none is written). Immutable; the hash code is computed once,
/// because canonicalization hashes the same subject and predicate terms many times.
/// </summary>
internal sealed class RdfTerm : IEquatable<RdfTerm>
{
    private int _hashCode;

    public RdfTerm(RdfTermKind kind, string value, string? datatype = null, string? language = null)
    {
        Kind = kind;
        Value = value;
        Datatype = datatype;
        Language = language;
    }

    public RdfTermKind Kind { get; }

    public string Value { get; }

    public string? Datatype { get; }

    public string? Language { get; }

    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    /// <summary>
    /// Gets the term's N-Quads form in UTF-8 when it was prepared (<see cref="SharedIri"/>): RDFC-1.0 writes
    /// predicate and type IRIs in nearly every line, and these terms are shared by every conversion.
    /// </summary>
    public byte[]? NQuadsUtf8 { get; private init; }

    /// <summary>An IRI term meant to be shared across documents, with its N-Quads form prepared.</summary>
    public static RdfTerm SharedIri(string iri) => new(RdfTermKind.Iri, iri) { NQuadsUtf8 = NQuadsUtf8Writer.IriUtf8(iri) };

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri);

    public static RdfTerm BlankNode(string label) => new(RdfTermKind.BlankNode, label);

    public static RdfTerm Literal(string lexical, string datatype) => new(RdfTermKind.Literal, lexical, datatype);

    public static RdfTerm LanguageLiteral(string lexical, string language) =>
        new(RdfTermKind.Literal, lexical, RdfVocabulary.LangString, language);

    public bool Equals(RdfTerm? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && GetHashCode() == other.GetHashCode()
            && Kind == other.Kind
            && string.Equals(Value, other.Value, StringComparison.Ordinal)
            && string.Equals(Datatype, other.Datatype, StringComparison.Ordinal)
            && string.Equals(Language, other.Language, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as RdfTerm);

    public override int GetHashCode()
    {
        if (_hashCode == 0)
        {
            _hashCode = HashCode.Combine(Kind, Value, Datatype, Language) | 1;
        }

        return _hashCode;
    }

    public override string ToString() => NQuadsWriter.TermToString(this);
}
