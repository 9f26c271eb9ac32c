namespace Insignia.Core.Linked.Rdf;

/// <summary>
/// An RDF term. For a blank node <see cref="Value"/> is the label without "_:"; a literal always has a
/// datatype (xsd:string or rdf:langString when none is written).
/// </summary>
internal sealed record RdfTerm(RdfTermKind Kind, string Value, string? Datatype = null, string? Language = null)
{
    public bool IsBlankNode => Kind == RdfTermKind.BlankNode;

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri);

    public static RdfTerm BlankNode(string label) => new(RdfTermKind.BlankNode, label);

    public static RdfTerm Literal(string lexical, string datatype) => new(RdfTermKind.Literal, lexical, datatype);

    public static RdfTerm LanguageLiteral(string lexical, string language) =>
        new(RdfTermKind.Literal, lexical, RdfVocabulary.LangString, language);
}
